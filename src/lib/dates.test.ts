import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatDate, parseIsoDate, yearOf } from './dates.ts';

describe('formatDate', () => {
	it('writes day, month name and year', () => {
		expect(formatDate('2023-05-16')).toBe('16 May 2023');
		expect(formatDate('2021-12-01')).toBe('1 December 2021');
	});
	it('writes only the parts a date of reduced precision states', () => {
		expect(formatDate('2021-09')).toBe('September 2021');
		expect(formatDate('2021')).toBe('2021');
	});
	it('gives an empty string for a missing or malformed date', () => {
		expect(formatDate(null)).toBe('');
		expect(formatDate('May 2023')).toBe('');
	});
});

describe('parseIsoDate and yearOf', () => {
	it('split an ISO date into numbers', () => {
		expect(parseIsoDate('2024-10-22')).toEqual({ year: 2024, month: 10, day: 22 });
		expect(parseIsoDate('2024-10')).toEqual({ year: 2024, month: 10, day: null });
		expect(parseIsoDate('2024')).toEqual({ year: 2024, month: null, day: null });
		expect(yearOf('2024-10-22')).toBe(2024);
		expect(yearOf('2024')).toBe(2024);
		expect(yearOf(null)).toBeNull();
	});
});

describe('compareNewestFirst', () => {
	it('puts newer papers first, undated last, and ties in title order', () => {
		const papers = [
			{ title: 'B', published: '2023-01-01' },
			{ title: 'Undated', published: null },
			{ title: 'A', published: '2023-01-01' },
			{ title: 'New', published: '2025-02-03' },
		];
		expect(papers.sort(compareNewestFirst).map((p) => p.title)).toEqual(['New', 'A', 'B', 'Undated']);
	});
});
