/**
 * Dates as the site shows them. Papers carry ISO `YYYY-MM-DD` dates (or none); formatting
 * is done by hand in UTC so a build gives the same text on every machine and locale.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month's English name for a 1-based month number. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? '';

/** "16 May 2023"; an empty string for no date. */
export function formatDate(iso: string | null | undefined): string {
	const parts = parseIsoDate(iso);
	if (!parts) return '';
	return `${parts.day} ${monthName(parts.month)} ${parts.year}`;
}

/** Year, month and day of an ISO date, or null when it is missing or malformed. */
export function parseIsoDate(iso: string | null | undefined): { year: number; month: number; day: number } | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
	if (!m) return null;
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The year of an ISO date, or null. */
export const yearOf = (iso: string | null | undefined): number | null => parseIsoDate(iso)?.year ?? null;

/**
 * Orders papers newest first; undated papers last; ties by title so the order is stable.
 */
export function compareNewestFirst<T extends { published: string | null; title: string }>(a: T, b: T): number {
	if (a.published !== b.published) {
		if (!a.published) return 1;
		if (!b.published) return -1;
		return a.published < b.published ? 1 : -1;
	}
	return a.title.localeCompare(b.title, 'en');
}
