import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('countsParts', () => {
	// After the ToxicCommons entry of unseen-first-hf-daily-2024-10-31.json.
	it('drops a multiple in words that counts contributions or aims', () => {
		expect(values('Our contributions are threefold.')).toEqual([]);
		expect(values('The aim of this study is twofold: to map and to test.')).toEqual([]);
	});

	it('keeps a multiple that measures a change', () => {
		expect(values('The method gives a threefold speed-up.')).toEqual(['threefold']);
		expect(values('Throughput is three-fold higher.')).toEqual(['three-fold']);
	});
});
