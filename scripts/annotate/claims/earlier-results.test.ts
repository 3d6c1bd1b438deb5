import { describe, expect, it } from 'vitest';
import { speaksOfEarlierResults } from './earlier-results.ts';

describe('speaksOfEarlierResults', () => {
	it('finds a demonstrative with a noun only numbers have, in any field', () => {
		expect(speaksOfEarlierResults('With noise adding, those numbers can be further lowered to 5.20%.')).toBe(true);
		expect(speaksOfEarlierResults('These values are about 20 times higher than for the reference.')).toBe(true);
		expect(speaksOfEarlierResults('The same rates fell to 3% in winter.')).toBe(true);
	});

	it('leaves demonstratives of other nouns', () => {
		expect(speaksOfEarlierResults('These models reach 80% accuracy.')).toBe(false);
		expect(speaksOfEarlierResults('This approach lowers error by 5%.')).toBe(false);
	});
});
