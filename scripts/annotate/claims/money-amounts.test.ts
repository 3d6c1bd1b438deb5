import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findMoneyAmounts } from './money-amounts.ts';

const amounts = (text: string) => findMoneyAmounts(text).map((v) => v.text);

describe('findMoneyAmounts', () => {
	// Economics, health policy and engineering: costs, effects and thresholds stated in a currency.
	it('reads amounts with a currency sign, code or word, with their magnitude', () => {
		expect(amounts('QE1 resulted in an additional $600 billion of refinancing.')).toEqual(['$600 billion']);
		expect(amounts('Well-being does not rise beyond an annual income of \\$75,000.')).toEqual(['\\$75,000']);
		expect(amounts('The retrofit saves EUR 2.3 million a year and £40 per household.')).toEqual(['EUR 2.3 million', '£40']);
		expect(amounts('Households accumulate an average of 20 cent of debt per dollar of limit increase.')).toEqual(['20 cent']);
	});

	it('leaves an amount that names the kind of a thing, and LaTeX math', () => {
		expect(amounts('Each household received a $300 rebate in 2008.')).toEqual([]);
		expect(amounts('This is to be compared with the $2.9\\%$ value obtained via perfect matching.')).toEqual([]);
		expect(amounts('The error stays below $10^{-3}$ for all runs.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('It increased consumption by an additional $76 billion.').map((v) => v.text)).toEqual(['$76 billion']);
	});
});
