/**
 * How the text cache (`texts.json`) writes and reads a line: each paper's keyphrase candidate
 * rows are kept as one JSON string inside the line and parsed on first read. A rebuild ranks
 * again only the few papers whose counts changed (`rankKeyphrasesReusing`), so the rows of every
 * other paper, about a quarter of the cache's bytes and most of its small arrays, are never
 * needed; parsing them was about a third of reading the cache. The line is still one JSON
 * document, so reading it checks it whole, rows included, as before.
 */

/** A paper's entry as the text cache holds it: rows either as read (`string`) or as made. */
type Entry = [key: string, value: { keyphrases?: { rows?: unknown } }];

/**
 * The line of a text cache entry: `JSON.stringify(entry)` with `keyphrases.rows` written as a
 * JSON string.
 *
 * @example stringifyTextCacheLine(['k', { text: {}, keyphrases: { forms: [], rows: [[0, 1]] } }]) // '["k",{"text":{},"keyphrases":{"forms":[],"rows":"[[0,1]]"}}]'
 */
export function stringifyTextCacheLine(entry: [string, unknown]): string {
	const keyphrases = (entry as Entry)[1]?.keyphrases;
	// Only the rows of `keyphrases`: a `rows` elsewhere in the entry is written as it is.
	return JSON.stringify(entry, function (this: unknown, key, value: unknown) {
		return this === keyphrases && key === 'rows' && Array.isArray(value) ? JSON.stringify(value) : value;
	});
}

/**
 * `JSON.parse(line)`, with `keyphrases.rows` parsed from its string on first read (then kept as
 * a plain property). A line whose rows are not a string is returned as parsed.
 */
export function parseTextCacheLine(line: string): unknown {
	const entry = JSON.parse(line) as unknown;
	const keyphrases = Array.isArray(entry) && entry.length === 2 ? (entry as Entry)[1]?.keyphrases : undefined;
	if (!keyphrases || typeof keyphrases.rows !== 'string') return entry;
	const text = keyphrases.rows;
	const settle = (value: unknown) => Object.defineProperty(keyphrases, 'rows', { value, configurable: true, enumerable: true, writable: true });
	Object.defineProperty(keyphrases, 'rows', {
		configurable: true,
		enumerable: true,
		get() {
			const rows: unknown = JSON.parse(text);
			settle(rows);
			return rows;
		},
		set: settle,
	});
	return entry;
}

/** The text cache's line format, for `new JsonCache(file, version, TEXT_CACHE_LINE)`. */
export const TEXT_CACHE_LINE = { stringify: stringifyTextCacheLine, parse: parseTextCacheLine };
