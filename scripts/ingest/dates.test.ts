import { describe, expect, it } from 'vitest';
import { isoDay, leadingIsoDate, morePreciseDate, parseCardDate, partialIsoDate, monthDay } from './dates.ts';

describe('parseCardDate', () => {
	it('reads a date with a trailing comment count', () => {
		expect(parseCardDate('Oct 31, 2023 1')).toEqual({ published: '2023-10-31', comments: 1 });
		expect(parseCardDate('Aug 6, 2024')).toEqual({ published: '2024-08-06', comments: null });
		expect(parseCardDate('September 4, 2025 ')).toEqual({ published: '2025-09-04', comments: null });
	});

	it('leaves the year unknown rather than inventing one', () => {
		expect(parseCardDate('Jan 6')).toEqual({ published: null, comments: null });
	});

	it('rejects lines that only look like dates', () => {
		expect(parseCardDate('Mayday 3, 2020')).toBeNull();
		expect(parseCardDate('Feb 30, 2024')).toEqual({ published: null, comments: null });
		expect(parseCardDate('RL 2, 2020')).toBeNull();
	});
});

describe('isoDay', () => {
	it('takes the day of an ISO timestamp', () => {
		expect(isoDay('2024-10-22T13:00:00.000Z')).toBe('2024-10-22');
		expect(isoDay('yesterday')).toBeNull();
		expect(isoDay(undefined)).toBeNull();
	});
});

describe('partialIsoDate and leadingIsoDate', () => {
	it('keep the precision the source gives, filling in nothing', () => {
		expect(partialIsoDate(2021)).toBe('2021');
		expect(partialIsoDate(2021, 9)).toBe('2021-09');
		expect(partialIsoDate(2021, 9, 15)).toBe('2021-09-15');
		expect(leadingIsoDate('2021-09')).toBe('2021-09');
		expect(leadingIsoDate('2021')).toBe('2021');
		expect(leadingIsoDate('2021-09-15T10:00:00Z')).toBe('2021-09-15');
		expect(leadingIsoDate('2021-09/2021-10')).toBe('2021-09');
	});

	it('refuse impossible dates and words', () => {
		expect(partialIsoDate(2021, 13)).toBeNull();
		expect(partialIsoDate(2021, 2, 30)).toBeNull();
		expect(partialIsoDate(Number.NaN)).toBeNull();
		expect(leadingIsoDate('20210')).toBeNull();
		expect(leadingIsoDate('Spring 2020')).toBeNull();
	});
});

describe('morePreciseDate', () => {
	it('prefers the more precise of two agreeing dates, else the first', () => {
		expect(morePreciseDate('2021', '2021-09-15')).toBe('2021-09-15');
		expect(morePreciseDate('2021-09-15', '2021')).toBe('2021-09-15');
		expect(morePreciseDate('2020', '2021-09-15')).toBe('2020');
		expect(morePreciseDate(null, '2021')).toBe('2021');
	});
});

describe('monthDay', () => {
	it("reads Web of Science's yearless dates", () => {
		expect(monthDay('JAN 1')).toEqual([1, 1]);
		expect(monthDay('SEP')).toEqual([9]);
		expect(monthDay('Sept 15')).toEqual([9, 15]);
		// An issue of two months is dated by its first.
		expect(monthDay('JAN-FEB')).toEqual([1]);
	});

	it('reads no season, no word that starts like a month, and nothing with a year', () => {
		for (const text of ['FAL', 'SPR', 'Mayday', '2021', 'JAN 2021 extra words', '', undefined]) expect(monthDay(text)).toBeNull();
	});
});
