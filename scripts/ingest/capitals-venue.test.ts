import { describe, expect, it } from 'vitest';
import { capitalsVenue, venueCasedAs } from './capitals-venue.ts';

describe('capitalsVenue', () => {
	it('writes a name in capitals in title case, small words in lower case', () => {
		expect(capitalsVenue('SOLAR ENERGY MATERIALS AND SOLAR CELLS')).toBe('Solar Energy Materials and Solar Cells');
		expect(capitalsVenue('JOURNAL OF APPLIED PHYSICS')).toBe('Journal of Applied Physics');
	});

	// unseen-round26-anopheles-entomology.bib (scripts/eval/listings/SOURCES.md): Brazilian journals in Web of Science.
	it('writes the articles and prepositions of names in other languages in lower case', () => {
		expect(capitalsVenue('MEMORIAS DO INSTITUTO OSWALDO CRUZ')).toBe('Memorias do Instituto Oswaldo Cruz');
		expect(capitalsVenue('REVISTA DA SOCIEDADE BRASILEIRA DE MEDICINA TROPICAL')).toBe('Revista da Sociedade Brasileira de Medicina Tropical');
		expect(capitalsVenue('ZEITSCHRIFT FUR DIE GESAMTE INNERE MEDIZIN')).toBe('Zeitschrift fur die Gesamte Innere Medizin');
	});

	it('keeps the acronyms of publishers and societies, a section letter, a bracketed acronym and an ordinal', () => {
		expect(capitalsVenue('IEEE TRANSACTIONS ON ELECTRON DEVICES')).toBe('IEEE Transactions on Electron Devices');
		expect(capitalsVenue('ACS APPLIED MATERIALS & INTERFACES')).toBe('ACS Applied Materials & Interfaces');
		expect(capitalsVenue('PHYSICA STATUS SOLIDI A-APPLICATIONS AND MATERIALS SCIENCE')).toBe('Physica Status Solidi A-Applications and Materials Science');
		expect(capitalsVenue('2012 38TH IEEE PHOTOVOLTAIC SPECIALISTS CONFERENCE (PVSC)')).toBe('2012 38th IEEE Photovoltaic Specialists Conference (PVSC)');
	});

	it('opens a subtitle joined with a hyphen with a capital, and keeps a compound\'s small words low', () => {
		expect(capitalsVenue('CONVERGENCE-THE INTERNATIONAL JOURNAL OF RESEARCH INTO NEW MEDIA TECHNOLOGIES')).toBe(
			'Convergence-The International Journal of Research into New Media Technologies',
		);
		expect(capitalsVenue('JOURNAL OF STATE-OF-THE-ART METHODS')).toBe('Journal of State-of-the-Art Methods');
	});

	it('leaves the publisher\'s own casing, and a one-word acronym, as they are', () => {
		for (const name of ['Journal of Hydrology', 'npj Climate and Atmospheric Science', 'JAMA', 'PNAS', 'SENSORS']) expect(capitalsVenue(name)).toBe(name);
	});

	it("leaves out the publisher's city Web of Science tells same-named journals apart by", () => {
		expect(capitalsVenue('APPLIED SCIENCES-BASEL')).toBe('Applied Sciences');
		expect(capitalsVenue('BIOLOGICAL SCIENCES-BASEL')).toBe('Biological Sciences');
	});

	it("keeps a conference's acronym before its year, opening the name or in brackets", () => {
		expect(capitalsVenue('ICCREM 2021: CHALLENGES OF THE CONSTRUCTION INDUSTRY UNDER THE PANDEMIC')).toBe('ICCREM 2021: Challenges of the Construction Industry Under the Pandemic');
		expect(capitalsVenue('2021 IEEE/CVF CONFERENCE ON COMPUTER VISION AND PATTERN RECOGNITION (CVPR 2021)')).toBe('2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR 2021)');
		expect(capitalsVenue('PROCEEDINGS OF THE 2021 CONFERENCE')).toBe('Proceedings of the 2021 Conference');
	});

	// caimiao0714/TrafficSafetyReviewRmarkdown · savedrecs.txt (a Web of Science export on traffic safety, not committed).
	it("keeps a bracketed acronym whose parts a hyphen joins, with or without a year", () => {
		expect(capitalsVenue('2017 5TH IEEE INTERNATIONAL CONFERENCE ON MODELS AND TECHNOLOGIES FOR INTELLIGENT TRANSPORTATION SYSTEMS (MT-ITS)')).toBe(
			'2017 5th IEEE International Conference on Models and Technologies for Intelligent Transportation Systems (MT-ITS)',
		);
		expect(capitalsVenue('2016 9TH INTERNATIONAL CONGRESS ON IMAGE AND SIGNAL PROCESSING (CISP-BMEI 2016)')).toBe('2016 9th International Congress on Image and Signal Processing (CISP-BMEI 2016)');
		expect(capitalsVenue('8TH INTERNATIONAL CONFERENCE ON AMBIENT SYSTEMS (ANT-2017) AND SEIT')).toBe('8th International Conference on Ambient Systems (ANT-2017) and Seit');
		expect(capitalsVenue('JOURNAL OF SOILS (OLD SERIES)')).toBe('Journal of Soils (Old Series)');
	});
});

describe('venueCasedAs', () => {
	it('cases a name in capitals as an abbreviation that is the same name', () => {
		expect(venueCasedAs('AGRIENGINEERING', ['AGRIENGINEERING', 'AgriEngineering'])).toBe('AgriEngineering');
		expect(venueCasedAs('ETHNOS', [undefined, 'Ethnos'])).toBe('Ethnos');
		// unseen-round28-drone-aeroacoustics.bib (scripts/eval/listings/SOURCES.md): the city tells two journals apart.
		expect(venueCasedAs('DRONES', ['Drones-Basel'])).toBe('Drones');
		expect(venueCasedAs('GAIA-BASEL', ['Gaia-Basel'])).toBe('Gaia-Basel');
	});

	it('leaves a name no abbreviation spells, or one already in mixed case', () => {
		expect(venueCasedAs('SCIENTIFIC REPORTS', ['Sci Rep'])).toBe('SCIENTIFIC REPORTS');
		expect(venueCasedAs('JAMA', ['JAMA'])).toBe('JAMA');
		expect(venueCasedAs('Ethnos', ['ETHNOS'])).toBe('Ethnos');
		expect(venueCasedAs(undefined, ['Ethnos'])).toBeUndefined();
	});
});
