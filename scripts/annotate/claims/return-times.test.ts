import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findReturnTimes } from './return-times.ts';

const values = (text: string) => findReturnTimes(text).map((v) => v.text);

describe('findReturnTimes', () => {
	// Pharmacology, ecology, signal analysis: how long an effect or a dependence lasts.
	it('reads the time a quantity takes to return to zero or its baseline', () => {
		expect(values('Plasma cortisol returned to baseline within 6 h.')).toEqual(['6 h']);
		expect(values('The cross-correlation of the two series decayed to zero by 12 d.')).toEqual(['12 d']);
		expect(values('Heart rates fell to pre-exercise levels after 3-5 min.')).toEqual(['3-5 min']);
	});

	it('leaves a duration with no end state named', () => {
		expect(values('Intake declined after 3 weeks of feeding.')).toEqual([]);
		expect(values('Samples were returned to the lab within 6 h.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Cortisol returned to baseline within 6 h.').map((v) => v.text)).toEqual(['6 h']);
	});
});
