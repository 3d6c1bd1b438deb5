import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findOptimumConditions } from './optimum-conditions.ts';

const settings = (text: string) => findOptimumConditions(text).map((v) => v.text);

describe('findOptimumConditions', () => {
	it('reads the setting at which a quantity is best, stated as a condition', () => {
		expect(settings('We showed that the efficiency achieves maximum when the layer thickness is 80 nm.')).toEqual(['80 nm']);
		expect(settings('The photocurrent is highest at a bias of 0.6 V.')).toEqual(['0.6 V']);
		expect(settings('The yield peaks at 30 min of etching.')).toEqual(['30 min']);
	});

	it('leaves settings of the method and extremes with no setting', () => {
		expect(settings('The layers were annealed at 450 K for 2 h.')).toEqual([]);
		expect(settings('The maximum efficiency was 19.2%, measured at 25 °C.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('We showed that the efficiency achieves maximum when the layer thickness is 80 nm.').map((v) => v.text)).toContain('80 nm');
	});
});
