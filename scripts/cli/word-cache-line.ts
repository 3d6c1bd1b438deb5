import { crc32 } from 'node:zlib';
import type { DocumentWords } from '../annotate/collection/text-feature-table.ts';
import type { LineFormat, LineTailReader } from './generation-cache.ts';
import { parseOnRead } from './text-cache-line.ts';

/**
 * How the word cache (`words.json`) writes and reads a line. A rebuild reads a paper's content
 * words only when the kept text feature table (`text-feature-cache.ts`) lacks the paper, or when
 * a topic's name asks which words the collection writes in lower case: parsing every paper's
 * words at start was about 0.17 s of a one-abstract rebuild's CPU at 3,000 papers, for words
 * read by none. So a line is the key and the words' CRC-32 (the head), a tab, and the words'
 * JSON (the tail), which stays in the file until a field of the entry is first read.
 *
 * @example stringifyWordCacheLine(['k', { words: ['RL'], title: [0], abstract: [] }]) // '["k",crc]\t{"words":["RL"],"title":[0],"abstract":[]}'
 */
export function stringifyWordCacheLine(entry: [string, unknown]): string {
	const [key, value] = entry;
	const tail = JSON.stringify(value);
	return `${JSON.stringify([key, crc32(tail)])}\t${tail}`;
}

/** The fields of a paper's words, each read from the tail on the first read of any. */
const FIELDS = ['words', 'title', 'abstract'] as const satisfies readonly (keyof DocumentWords)[];

/**
 * A line of `stringifyWordCacheLine` read up to its tab (`head`; `tail` reads the rest): the
 * entry, its value's fields parsed on the first read of any of them (then kept as plain
 * properties). Throws when the tail is missing or its CRC-32 is not the head's.
 */
export function parseWordCacheHead(head: string, tail: LineTailReader | null): unknown {
	const [key, crc] = JSON.parse(head) as [string, number];
	if (!tail || tail.crc !== crc) throw new Error("a word cache line's tail is not the one written");
	let parsed: DocumentWords | undefined;
	const read = () => (parsed ??= JSON.parse(tail.read()) as DocumentWords);
	const value = {};
	for (const field of FIELDS) parseOnRead(value, field, () => read()[field]);
	return [key, value];
}

/** The word cache's line format, for `new JsonCache(file, version, WORD_CACHE_LINE)`. */
export const WORD_CACHE_LINE: LineFormat = {
	stringify: stringifyWordCacheLine,
	parse: (line) => {
		const tab = line.indexOf('\t');
		return parseWordCacheHead(tab === -1 ? line : line.slice(0, tab), tab === -1 ? null : { crc: crc32(line.slice(tab + 1)), read: () => line.slice(tab + 1) });
	},
	parseHead: parseWordCacheHead,
};
