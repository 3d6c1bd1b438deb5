import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyCompoundTail, onlyParticleTail } from './compound-name-tails.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

// After mcglinn_effects_2010 and julien_associations_2020 in scripts/eval/listings/unseen-ecology.bib.
const TIMBERS_TITLE = 'Effects of a tornado on birds in a Cross Timbers community';
const TIMBERS =
	'Tornados can influence forests. We monitored birds in a Cross Timbers community that had recently experienced a tornado. We suggest that avian communities in open forests, such as the Cross Timbers, will not respond strongly to disturbance.';
const MUSSEL_TITLE = 'Associations Between Nekton Assemblages and Ribbed Mussel (Geukensia demissa) Patches in a Salt Marsh';
const MUSSEL =
	'Our goal was to determine whether Ribbed Mussels increase the abundance of nekton. Our findings suggest that the Ribbed Mussel does not act as a foundation species. The role of the Ribbed Mussel, at the landscape scale, remains untested.';

describe('onlyCompoundTail', () => {
	it('knows a word written only after another capitalised word of a name', () => {
		expect(onlyCompoundTail('Timbers', `${TIMBERS_TITLE}\n${TIMBERS}`)).toBe(true);
		expect(onlyCompoundTail('Mussel', `${MUSSEL_TITLE}\n${MUSSEL}`)).toBe(true);
	});

	it('keeps a word the text also writes alone or after a determiner or a sentence start', () => {
		expect(onlyCompoundTail('Jev', 'We compare Jev, two self-hosted models. Jev reduces latency.')).toBe(false);
		expect(onlyCompoundTail('Jev', 'The Jev models help. With Jev, latency drops.')).toBe(false);
	});

	it('keeps coined names, whatever stands before them', () => {
		expect(onlyCompoundTail('WorldFish', 'The Global WorldFish network')).toBe(false);
		expect(onlyCompoundTail('Llama3', 'Meta Llama3 is used.')).toBe(false);
	});
});

describe('compound name tails in extractEntities', () => {
	it('names neither an ecoregion nor a species by its last word', () => {
		expect(names(TIMBERS_TITLE, TIMBERS)).not.toContain('Timbers');
		expect(names(MUSSEL_TITLE, MUSSEL)).not.toContain('Mussel');
	});

	it('still finds a title word used as a proper name ("Jev")', () => {
		const title = 'Replacing Large Language Models with Jev Decision Models';
		expect(names(title, "We integrate Jev's interface. We compare Jev, two models. Across tests, Jev reduces latency.")).toContain('Jev');
	});

	it('names no tail of a name joined by the particles of another language', () => {
		const abstract =
			'We analysed surveys from the Institut de Recherche pour le Developpement en Afrique Occidentale database. In total, 4,000 mosquitoes were collected.';
		expect(names('Malaria vectors in Senegal', abstract)).toEqual([]);
		expect(onlyParticleTail('Afrique Occidentale', abstract)).toBe(true);
		expect(onlyParticleTail('Afrique Occidentale', 'We fitted the Afrique Occidentale model.')).toBe(false);
	});
});
