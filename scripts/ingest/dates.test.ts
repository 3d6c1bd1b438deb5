import { describe, expect, it } from 'vitest';
import { isoDay, parseCardDate } from './dates.ts';

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
