import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findExtremeAmounts } from './extreme-amounts.ts';

const extremes = (text: string) => findExtremeAmounts(text).map((v) => v.text);

describe('findExtremeAmounts', () => {
	// After 10.1007/s13131-024-2311-1 of scripts/eval/listings/unseen-round29-hypoxia-heatwaves.txt.
	it('reads an amount stressed as an extreme, its thousands spaced as journals print them', () => {
		expect(extremes('The hypoxia zone is estimated as large as 13 000 km2 with a low oxygen minimum.')).toEqual(['13 000 km2']);
		expect(extremes('Bottom temperatures as high as 31.5 °C were recorded, and oxygen as low as 0.5 mg/L.')).toEqual(['31.5 °C', '0.5 mg/L']);
	});

	it('leaves counts and amounts no extreme stresses', () => {
		expect(extremes('As many as 500 farmers took part.')).toEqual([]);
		expect(extremes('The zone covers 13 000 km2 of the shelf.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The zone is estimated as large as 13 000 km2 at its peak.').map((v) => v.text)).toEqual(['13 000 km2']);
	});
});
