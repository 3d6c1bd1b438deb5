import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { endsInTaxon } from './taxon-acronyms.ts';

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

describe('endsInTaxon', () => {
	it('reads a group of strains named by a qualifier and a binomial whose initials end the acronym', () => {
		expect(endsInTaxon({ short: 'CR-KP', long: 'carbapenem-resistant Klebsiella pneumoniae' })).toBe(true);
		expect(endsInTaxon({ short: 'MRSA', long: 'methicillin-resistant Staphylococcus aureus' })).toBe(true);
	});

	it('reads a species complex named by a genus and two epithets joined by a dash', () => {
		expect(endsInTaxon({ short: 'PFM', long: 'Pseudomonas fluorescens–mendocina' })).toBe(true);
		expect(endsInTaxon({ short: 'PF', long: 'Pseudomonas fluorescens–mendocina' })).toBe(false);
	});

	it('drops a species complex\'s acronym in extractEntities', () => {
		const abstract =
			'Routine techniques do not separate members of the Pseudomonas fluorescens–mendocina (PFM) complex. ' +
			'In total, 120 PFM complex isolates were studied, and 18 were resistant.';
		expect(names(abstract)).toEqual([]);
	});

	it('leaves a technique whose eponym stands before an English noun', () => {
		expect(endsInTaxon({ short: 'HMM', long: 'hidden Markov model' })).toBe(false);
		expect(endsInTaxon({ short: 'STFA', long: 'short-time Fourier analysis' })).toBe(false);
		expect(endsInTaxon({ short: 'CR', long: 'carbapenem-resistant Klebsiella pneumoniae' })).toBe(false);
	});

	it('drops the strains\' acronyms in extractEntities', () => {
		const abstract = 'We selected 80 carbapenem-resistant Klebsiella pneumoniae (CR-KP) and 160 carbapenem-susceptible Klebsiella pneumoniae (CS-KP) strains. CR-KP were detected fast.';
		expect(names(abstract)).toEqual([]);
	});
});
