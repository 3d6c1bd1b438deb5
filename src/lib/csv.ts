/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled.
 */

/** Quotes one field when it needs it. */
export function csvField(value: string | number | null | undefined): string {
	const text = value == null ? '' : String(value);
	// A leading = + - @ makes spreadsheets run the cell as a formula; a quote-prefixed tab stops that
	// only in some apps, so such cells are simply quoted, which all apps show as text.
	return /[",\r\n]|^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
