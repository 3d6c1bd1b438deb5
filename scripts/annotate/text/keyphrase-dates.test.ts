import { describe, expect, it } from 'vitest';
import { isDate } from './keyphrase-dates.ts';
import { filterKeyphrases } from './keyphrase-filters.ts';

describe('isDate', () => {
	it('is true for month and weekday names alone or with a year or day', () => {
		expect(isDate('May')).toBe(true);
		expect(isDate('March 2020')).toBe(true);
		expect(isDate('12 September 2021')).toBe(true);
		expect(isDate('Monday')).toBe(true);
	});
	it('is false for a phrase with any other word, and for numbers alone', () => {
		expect(isDate('May Fourth Movement')).toBe(false);
		expect(isDate('March equinox')).toBe(false);
		expect(isDate('2020')).toBe(false);
	});
});

describe('the dates filter among the keyphrase filters', () => {
	it('leaves a month out of the candidates and keeps what the sampling was about', () => {
		const text = 'Water samples were taken in May and analysed for microplastic particles.';
		const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
		const kept = filterKeyphrases(['Water samples', 'May', 'microplastic particles'].map(span), { text, acronyms: [] });
		expect(kept.map((s) => s.text)).toEqual(['Water samples', 'microplastic particles']);
	});
});
