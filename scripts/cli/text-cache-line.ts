import { crc32 } from 'node:zlib';
import type { LineFormat, LineTailReader } from './generation-cache.ts';

/**
 * How the text cache (`texts.json`) writes and reads a line. A rebuild needs little of most
 * papers' entries:
 * - each paper's keyphrase candidate rows are needed only for the few papers ranked again
 *   (`rankKeyphrasesReusing`): about a quarter of the cache's bytes and most of its small arrays;
 * - of the text annotations, every paper's entities and acronyms are read by the collection steps
 *   (related papers, topic names), but the rest (TL;DR, summary, claims, keyphrase candidates)
 *   goes only into the paper's record, which a page left in place never reads
 *   (`recordPageKey` keys it without them).
 * So a line is the entry's JSON with those parts left out (the head), a tab, and their JSON (the
 * tail). The reader decodes and parses only the head and leaves the tail in the file, read when
 * one of its fields is first read: most of the file's bytes are never decoded, and the heap the
 * collector walks holds only what is read. The head keeps each field left out in its place (a
 * `0`) so the entry's fields keep their order, and the tail's CRC-32, checked as the file is read,
 * so a damaged tail is a damaged cache (dropped whole) as a damaged line is.
 */

/** A paper's entry as the text cache holds it. */
type Entry = [key: string, value: { text?: Record<string, unknown>; keyphrases?: Record<string, unknown> }];

/** Text annotations every paper's are read in a rebuild: kept in the head. */
const EAGER_TEXT_FIELDS = new Set(['entities', 'acronyms']);

/**
 * Key added at the end of a head's `text`: `[crc, rows, ...fields]`, the tail's CRC-32, 1 when
 * `keyphrases.rows` is in the tail, and the fields of `text` in it. No field of a record starts
 * with a NUL.
 */
const TAIL = '\u0000tail';

/**
 * The line of a text cache entry: the head (the entry's JSON with `keyphrases.rows` and every
 * field of `text` but `EAGER_TEXT_FIELDS` written as `0`), a tab, and the tail (their JSON). An
 * entry without a `text` object is written as its JSON alone.
 *
 * @example stringifyTextCacheLine(['k', { text: { tldr: null, entities: [] }, keyphrases: { forms: [], rows: [[0, 1]] } }]) // '["k",{"text":{"tldr":0,"entities":[],"\u0000tail":[crc,1,"tldr"]},"keyphrases":{"forms":[],"rows":0}}]\t{"text":{"tldr":null},"rows":[[0,1]]}'
 */
export function stringifyTextCacheLine(entry: [string, unknown]): string {
	const [key, value] = entry as Entry;
	const text = value?.text;
	if (!isObject(text)) return JSON.stringify(entry);
	const head: Record<string, unknown> = {};
	const lazy: Record<string, unknown> = {};
	for (const field of Object.keys(text)) {
		if (EAGER_TEXT_FIELDS.has(field)) head[field] = text[field];
		else {
			head[field] = 0;
			lazy[field] = text[field];
		}
	}
	const keyphrases = value.keyphrases;
	const rows = isObject(keyphrases) && Array.isArray(keyphrases.rows);
	const tail = JSON.stringify(rows ? { text: lazy, rows: keyphrases.rows } : { text: lazy });
	head[TAIL] = [crc32(tail), rows ? 1 : 0, ...Object.keys(lazy)];
	return `${JSON.stringify([key, { ...value, text: head, ...(rows ? { keyphrases: { ...keyphrases, rows: 0 } } : {}) }])}\t${tail}`;
}

/**
 * A line of `stringifyTextCacheLine` read up to its tab (`head`; `tail` reads the rest): the
 * entry, with the fields of its tail read and parsed on the first read of any of them (then kept
 * as plain properties). A head without a tail's key is returned as parsed; throws when the tail
 * is missing or its CRC-32 is not the head's.
 */
export function parseTextCacheHead(head: string, tail: LineTailReader | null): unknown {
	const entry = JSON.parse(head) as unknown;
	const value = Array.isArray(entry) && entry.length === 2 ? (entry as Entry)[1] : undefined;
	const text = value?.text;
	if (!isObject(text) || !(TAIL in text)) return entry;
	const [crc, rows, ...fields] = text[TAIL] as [number, number, ...string[]];
	delete text[TAIL];
	if (!tail || tail.crc !== crc) throw new Error('a text cache line\'s tail is not the one written');
	let parsed: { text: Record<string, unknown>; rows?: unknown } | undefined;
	const read = () => (parsed ??= JSON.parse(tail.read()) as { text: Record<string, unknown>; rows?: unknown });
	for (const field of fields) parseOnRead(text, field, () => read().text[field]);
	if (rows === 1 && isObject(value!.keyphrases)) parseOnRead(value!.keyphrases, 'rows', () => read().rows);
	return entry;
}

/** Makes `holder[key]` read as `load()`, called at its first read and then kept as a plain property. */
export function parseOnRead(holder: object, key: string, load: () => unknown): void {
	const settle = (value: unknown) => Object.defineProperty(holder, key, { value, configurable: true, enumerable: true, writable: true });
	Object.defineProperty(holder, key, {
		configurable: true,
		enumerable: true,
		get() {
			const value = load();
			settle(value);
			return value;
		},
		set: settle,
	});
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text cache's line format, for `new JsonCache(file, version, TEXT_CACHE_LINE)`. */
export const TEXT_CACHE_LINE: LineFormat = {
	stringify: stringifyTextCacheLine,
	parse: (line) => {
		const tab = line.indexOf('\t');
		return tab === -1 ? parseTextCacheHead(line, null) : parseTextCacheHead(line.slice(0, tab), { crc: crc32(line.slice(tab + 1)), read: () => line.slice(tab + 1) });
	},
	parseHead: parseTextCacheHead,
};
