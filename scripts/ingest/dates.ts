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

/**
 * A date Web of Science writes without its year ("JAN 1", "SEP", "Sep 15"; `PD` in its text export,
 * `DA` in its RIS) as `[month, day]` or `[month]`, an issue of two months ("JAN-FEB") by its first;
 * null for a season ("FAL", "SPR") or anything else.
 *
 * @example monthDay('JAN 1') // [1, 1]
 */
export function monthDay(text: string | undefined): [number] | [number, number] | null {
	const [, name, day] = /^([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?(?:\s*[-\u2013/]\s*[A-Za-z\d]+)?\s*$/.exec(text?.trim() ?? '') ?? [];
	const index = name ? monthIndex(name) : null;
	if (index === null) return null;
	return day && Number(day) >= 1 && Number(day) <= 31 ? [index + 1, Number(day)] : [index + 1];
}

/**
 * An ISO date as precise as its parts: `YYYY-MM-DD`, `YYYY-MM` with no day, `YYYY` with no
 * month (a BibTeX `year` and `month`); null for an impossible one. Missing parts are never filled in.
 *
 * @example partialIsoDate(2021, 9) // '2021-09'
 */
export function partialIsoDate(year: number | null, month: number | null = null, day: number | null = null): string | null {
	if (year === null || !Number.isInteger(year) || year < 1000 || year > 9999) return null;
	if (month === null) return String(year);
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	if (day === null) return `${year}-${String(month).padStart(2, '0')}`;
	return isoDate(year, month - 1, day);
}

/**
 * The leading ISO date of a text at its own precision (`2021`, `2021-09`, `2021-09-15`, also
 * the start of a timestamp or an EDTF range `2021-09/2021-10`), or null.
 */
export function leadingIsoDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/.exec(value.trim());
	if (!match) return null;
	const [, year, month, day] = match;
	return partialIsoDate(Number(year), month ? Number(month) : null, day ? Number(day) : null);
}

/** Of two dates of one paper, the more precise when they agree (`2021` and `2021-09-15`), else the first. */
export function morePreciseDate(a: string | null, b: string | null): string | null {
	if (a && b && b.length > a.length && b.startsWith(a)) return b;
	return a ?? b;
}
