import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('T', abstract, emptyLexicons()).map((e) => e.name);

describe('taxon acronyms in extractEntities', () => {
	it('drops an acronym defined for a population its binomial names', () => {
		const abstract =
			'Southern Resident killer whales (SRKW) ( Orcinus orca ) are an endangered population. We characterized the diet of the SRKWs in fall. ' +
			"Chinook salmon dominate, based on SRKW's proclivity to consume this species.";
		expect(names(abstract)).not.toContain('SRKW');
	});

	it('keeps an acronym with no binomial after it', () => {
		const abstract = 'We use the Southern Resident Killer Whale Survey (SRKWS) catalogue. The SRKWS catalogue holds 70 years of sightings.';
		expect(names(abstract)).toContain('SRKWS');
	});
});
