import fc from 'fast-check';
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

describe('isDate, read only where a date word is written', () => {
	// The reading before phrases with no month or weekday name were let go unsplit.
	const dateWords = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
	const splitReading = (phrase: string) => {
		const words = phrase.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
		return words.some((word) => dateWords.has(word)) && words.every((word) => dateWords.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word));
	};
	it('gives what splitting every phrase gave', () => {
		const word = fc.constantFrom('May', 'MAY', 'mayor', 'March', 'Marches', 'monday', 'Sunday.', 'equinox', '2020', '12th', '1,', 'study', '', '.');
		const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', ',', '.', '\n');
		fc.assert(
			fc.property(fc.array(fc.tuple(word, space), { maxLength: 5 }), (parts) => {
				const phrase = parts.map(([w, s]) => w + s).join('');
				expect(isDate(phrase)).toBe(splitReading(phrase));
			}),
		);
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
