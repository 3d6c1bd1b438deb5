/**
 * Dates as the site shows them. Papers carry ISO dates at the precision their source gave
 * (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) or none; formatting is done by hand so a build gives the
 * same text on every machine and locale.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month's English name for a 1-based month number. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? '';

/** "16 May 2023", "May 2023" or "2023" as precise as the date is; an empty string for none. */
export function formatDate(iso: string | null | undefined): string {
	const parts = parseIsoDate(iso);
	if (!parts) return '';
	return [parts.day, parts.month && monthName(parts.month), parts.year].filter(Boolean).join(' ');
}

/** Year, month and day of an ISO date (month and day null when it does not state them), or null when it is missing or malformed. */
export function parseIsoDate(iso: string | null | undefined): { year: number; month: number | null; day: number | null } | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
	if (!m) return null;
	return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
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
