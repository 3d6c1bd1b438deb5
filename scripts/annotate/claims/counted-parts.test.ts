import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findCountedParts } from './counted-parts.ts';

const parts = (text: string) => findCountedParts(text).map((v) => v.text);

describe('findCountedParts', () => {
	it('reads a part of a whole bracketed alone after what it counts', () => {
		expect(parts('Nests were lost to flooding (12/48) or to predators (30/48).')).toEqual(['12/48', '30/48']);
		expect(parts('Leaf rust appeared on the resistant lines as well (4 of 25).')).toEqual(['4 of 25']);
	});

	it('reads parts listed over one whole', () => {
		expect(parts('Of the 60 hives, 21/60 carried mites, 9/60 fungi and 4/60 viruses.')).toEqual(['21/60', '9/60', '4/60']);
	});

	it('leaves grades, dates, impossible parts and pairs of slashed numbers', () => {
		expect(parts('Toxicity reached grade (3/4) in the second arm.')).toEqual([]);
		expect(parts('Visits were on 1/2/2020, 3/4/2020 and 5/6/2020.')).toEqual([]);
		expect(parts('Support is available around the clock (24/7).')).toEqual([]);
		expect(parts('Scores were 3/5 and 4/5 on the two scales.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Nests were lost to flooding (12/48).').map((v) => v.text)).toEqual(['12/48']);
	});
});
