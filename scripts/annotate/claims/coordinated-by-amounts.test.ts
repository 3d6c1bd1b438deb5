import { describe, expect, it } from 'vitest';
import { findClaimValuesOfTexts } from './claim-values.ts';
import { findCoordinatedByAmounts } from './coordinated-by-amounts.ts';

describe('findCoordinatedByAmounts', () => {
	it('follows changes coordinated after one verb across the bracket of a test', () => {
		const text = 'Night noise shortened deep sleep by 9 min (p < 0.05) and REM sleep by 14 min (p < 0.01).';
		expect(findCoordinatedByAmounts(text).map((v) => v.text)).toEqual(['14 min']);
	});

	it('reads no list without a verb of change or without a bracket', () => {
		expect(findCoordinatedByAmounts('Samples were sorted by size (small, large) and dried by 5 min runs.')).toEqual([]);
		expect(findCoordinatedByAmounts('It shortened deep sleep by 9 min and REM sleep by 14 min.')).toEqual([]);
	});

	it('gives the claims finder both equal amounts of one sentence', () => {
		const text = 'Night noise shortened deep sleep by 9 min (p < 0.05) and REM sleep by 14 min (p < 0.01) and lengthened light sleep by 14 min (p < 0.05).';
		expect(findClaimValuesOfTexts([text])[0]!.map((v) => v.text)).toEqual(['9 min', '14 min', '14 min']);
	});
});
