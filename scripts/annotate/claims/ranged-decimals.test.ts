import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findRangedDecimals } from './ranged-decimals.ts';

const spans = (text: string) => findRangedDecimals(text).map((v) => v.text);

describe('findRangedDecimals', () => {
	it('takes the span of bare decimals a verb of ranging reports', () => {
		expect(spans('Considering all the species, the genetic distance ranged from 0.008 to 1.114.')).toEqual(['0.008 to 1.114']);
		expect(spans('Similarity values varied between 0.31 and 0.87 among the sites.')).toEqual(['0.31 and 0.87']);
		expect(spans('The index ranges from 0 to 0.65 (Table 2).')).toEqual(['0 to 0.65']);
	});

	it('leaves spans of counts and spans with a unit or a counted noun after them', () => {
		expect(spans('Ages ranged from 18 to 65.')).toEqual([]);
		expect(spans('Depths ranged from 0.5 to 2.5 m in the lake.')).toEqual([]);
		expect(spans('Body masses ranging from 1.5 to 4 tonnes were common.')).toEqual([]);
		expect(spans('Thresholds ranging from 0.1 to 0.9% were set.')).toEqual([]);
	});
});

describe('findClaimValues with ranged decimals', () => {
	it('finds the span as a result', () => {
		expect(findClaimValues('Considering all the species, the genetic distance ranged from 0.008 to 1.114.').map((v) => v.text)).toEqual(['0.008 to 1.114']);
	});
});
