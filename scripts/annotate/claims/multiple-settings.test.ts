import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('setsMultiple, as a reading that makes a found multiple no result', () => {
	it('leaves a multiple after a preposition of source or condition that modifies a noun', () => {
		expect(values('Variant calling from 30X genome data is routine.')).toEqual([]);
		expect(values('Cells were imaged at 40x magnification and counted.')).toEqual([]);
	});

	it('keeps a multiple a comparison or a noun of change follows, and one no such preposition precedes', () => {
		expect(values('It matches the baseline with 50x fewer parameters.')).toEqual(['50x']);
		expect(values('It wins with 70x and 30x training cost reduction.')).toEqual(['70x', '30x']);
		expect(values('We find that 30X is the optimum depth, while one assembler requires 60X depth.')).toEqual(['30X', '60X']);
	});
});
