/**
 * Dates as listing pages print them ("Oct 22, 2024", "Jan 6") and as APIs send them.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Spelled out rather than asked of Intl on every date line: toLocaleString cost more than the rest of parsing.
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A Hugging Face card date line: `Mon D, YYYY`, optionally without the year, optionally followed
 * by the card's comment count (`Oct 31, 2023 1`). Month names may be full or abbreviated.
 */
const CARD_DATE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/;

export interface CardDate {
	/** ISO `YYYY-MM-DD`, or null when the line has no year (we never invent one). */
	published: string | null;
	/** The number after the date: the card's comment count. */
	comments: number | null;
}

/**
 * Reads a card date line, or returns null when the line is not one.
 *
 * @example parseCardDate('Oct 31, 2023 1') // { published: '2023-10-31', comments: 1 }
 * @example parseCardDate('Jan 6') // { published: null, comments: null }
 */
export function parseCardDate(line: string): CardDate | null {
	const match = CARD_DATE.exec(line.trim());
	if (!match) return null;
	const [, monthName, dayText, yearText, commentsText] = match;
	const month = monthIndex(monthName);
	const day = Number(dayText);
	if (month === null || day < 1 || day > 31) return null;
	const comments = commentsText === undefined ? null : Number(commentsText);
	if (yearText === undefined) return { published: null, comments };
	return { published: isoDate(Number(yearText), month, day), comments };
}

/**
 * The `YYYY-MM-DD` part of an ISO timestamp (`2024-10-22T13:00:00.000Z`), or null.
 *
 * @example isoDay('2024-10-22T13:00:00.000Z') // '2024-10-22'
 */
export function isoDay(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (!match) return null;
	return isoDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** `YYYY-MM-DD` for a zero-based month, or null for an impossible date (Feb 30). */
export function isoDate(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
	return date.toISOString().slice(0, 10);
}

/** Zero-based month of an English month name or abbreviation ("Sep", "Sept", "September"). */
export function monthIndex(name: string): number | null {
	const key = name.slice(0, 3).toLowerCase();
	const index = MONTHS.indexOf(key);
	if (index < 0) return null;
	const lower = name.toLowerCase();
	// Accept "Sep", "Sept" and "September", not arbitrary words that start like a month ("Mayday").
	return MONTH_NAMES[index]!.startsWith(lower) || lower === 'sept' ? index : null;
}
