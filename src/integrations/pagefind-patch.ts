/**
 * Patches a Pagefind bundle for a few changed pages instead of indexing every page again.
 * Pagefind indexes only the changed pages' documents (its tokenising, stemming and weights);
 * this module splices what that small bundle says about each page into the published bundle:
 * every word's locations, the page's word count, its filter values and its fragment, under
 * the page number the page already has. Removed words leave their chunks, new words join
 * theirs in word order, and the chunks from the first changed one are split again as Pagefind
 * splits them (pagefind-chunk-split.ts), so each chunk holds the words and has the range it
 * would have in Pagefind's own bundle. Each file touched is written again under the content
 * hash Pagefind would name it by, so browsers caching the old files by name never mix them
 * with new ones.
 *
 * Pure: files in, files out. It refuses (`PatchRefused`) whatever it cannot do exactly: a page
 * added or removed, another language set, sorts, a name collision, a format it does not read
 * back byte for byte; the caller then indexes everything as before.
 */
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import {
	BundleFormatError,
	chunkNamesPages,
	compareBytes,
	decodeFilter,
	decodeIndexChunk,
	decodeMeta,
	encodeFilter,
	encodeIndexChunk,
	encodeMeta,
	fragmentUrl,
	metaName,
	shortName,
	SIGNATURE,
	unwrap,
	type BundleMeta,
	type FilterFile,
	type IndexedWord,
	type MetaChunk,
	type PageEntry,
} from './pagefind-bundle-format.ts';
import { rangesOrdered } from './pagefind-chunk-ranges.ts';
import { chunkRanges, splitChunks } from './pagefind-chunk-split.ts';

/** Why a bundle could not be patched; the caller indexes every page instead. */
export class PatchRefused extends Error {}

const ENTRY = 'pagefind-entry.json';

/** A bundle's files by path relative to its folder (`index/en_1a2b3c4.pf_index`). */
export type BundleFiles = ReadonlyMap<string, Buffer>;

interface OpenBundle {
	entry: { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };
	lang: string;
	metaFile: string;
	meta: BundleMeta;
	/** Page numbers by URL. */
	pages: Map<string, number>;
}

function refuse(why: string): never {
	throw new PatchRefused(why);
}

function file(files: BundleFiles, path: string): Buffer {
	return files.get(path) ?? refuse(`${path} is missing`);
}

/**
 * The entry, meta and page numbers of a one-language bundle. The URLs are read from the
 * fragments, or taken from `pageIds` (fragment hash by URL) when the caller knows them.
 */
function openBundle(files: BundleFiles, label: string, pageIds?: ReadonlyMap<string, string>): OpenBundle {
	const entry = JSON.parse(file(files, ENTRY).toString('utf8')) as OpenBundle['entry'];
	const langs = Object.keys(entry.languages ?? {});
	if (langs.length !== 1) refuse(`the ${label} bundle has ${langs.length} languages`);
	const lang = langs[0]!;
	const metaFile = `pagefind.${entry.languages[lang]!.hash}.pf_meta`;
	const meta = decodeMeta(unwrap(file(files, metaFile)));
	const pages = new Map<string, number>();
	if (pageIds) {
		const numbers = new Map(meta.pages.map((page, number) => [page.hash, number]));
		if (numbers.size !== meta.pages.length) refuse(`the ${label} bundle has two pages with one fragment`);
		for (const [url, hash] of pageIds) pages.set(url, numbers.get(hash) ?? refuse(`the ${label} bundle has no page ${hash}`));
	} else {
		meta.pages.forEach((page, number) => {
			const url = fragmentUrl(unwrap(file(files, `fragment/${page.hash}.pf_fragment`)));
			if (pages.has(url)) refuse(`the ${label} bundle has two pages for ${url}`);
			pages.set(url, number);
		});
	}
	if (pages.size !== meta.pages.length || entry.languages[lang]!.page_count !== meta.pages.length) refuse(`the ${label} bundle's page count does not add up`);
	return { entry, lang, metaFile, meta, pages };
}

/** Decodes a file and checks it encodes back to the same bytes: the format is read exactly. */
function readExactly<T>(content: Buffer, decode: (bytes: Buffer) => T, encode: (value: T) => Buffer, path: string): T {
	const value = decode(content);
	if (!encode(value).equals(content)) refuse(`${path} does not read back byte for byte`);
	return value;
}

/** Moves a page map's entries from the small bundle's page numbers to the published ones. */
function renumber(pages: Map<number, PageEntry>, numbers: Map<number, number>): Map<number, PageEntry> {
	return new Map([...pages].map(([page, entry]) => [numbers.get(page) ?? refuse(`page ${page} of the changed bundle is unknown`), entry]));
}

/** Drops `replaced` pages from a word; true when anything was dropped. */
function dropPages(word: IndexedWord, replaced: ReadonlySet<number>): boolean {
	let dropped = false;
	for (const page of replaced) dropped = word.pages.delete(page) || dropped;
	for (const [, pages] of word.variants) for (const page of replaced) dropped = pages.delete(page) || dropped;
	if (dropped) word.variants = word.variants.filter(([, pages]) => pages.size > 0);
	return dropped;
}

/** Adds `from`'s pages (already renumbered) to `into`. */
function mergeWord(into: IndexedWord, from: IndexedWord): void {
	for (const [page, entry] of from.pages) into.pages.set(page, entry);
	for (const [form, pages] of from.variants) {
		const same = into.variants.find(([f]) => f === form);
		if (same) for (const [page, entry] of pages) same[1].set(page, entry);
		else into.variants.push([form, pages]);
	}
}

/** Index of the first element of sorted `items` not before `key`. */
function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (compareBytes(keyOf(items[mid]!), key) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Applies a changed page's filter values to the published filters (values kept in Pagefind's order). */
function patchFilters(base: BundleFiles, meta: BundleMeta, changed: BundleFiles, changedMeta: BundleMeta, numbers: Map<number, number>, replaced: ReadonlySet<number>) {
	const filters = new Map<string, FilterFile>();
	const touched = new Set<string>();
	for (const { name, hash } of meta.filters) {
		const path = `filter/${hash}.pf_filter`;
		const filter = readExactly(unwrap(file(base, path)), decodeFilter, encodeFilter, path);
		if (filter.name !== name) refuse(`${path} is not filter ${name}`);
		for (const value of filter.values) {
			const kept = value[1].filter((page) => !replaced.has(page));
			if (kept.length !== value[1].length) touched.add(name);
			value[1] = kept;
		}
		filters.set(name, filter);
	}
	for (const { name, hash } of changedMeta.filters) {
		const added = decodeFilter(unwrap(file(changed, `filter/${hash}.pf_filter`)));
		const filter = filters.get(name) ?? { name, values: [] };
		filters.set(name, filter);
		touched.add(name);
		for (const [value, pages] of added.values) {
			const renumbered = pages.map((page) => numbers.get(page) ?? refuse(`filter page ${page} is unknown`));
			const at = lowerBound(filter.values, value, ([v]) => v);
			if (filter.values[at]?.[0] === value) filter.values[at]![1].push(...renumbered);
			else filter.values.splice(at, 0, [value, renumbered]);
		}
	}
	for (const filter of filters.values()) {
		filter.values = filter.values.filter(([, pages]) => pages.length > 0);
		for (let i = 1; i < filter.values.length; i++) if (compareBytes(filter.values[i - 1]![0], filter.values[i]![0]) >= 0) refuse(`filter ${filter.name}'s values are not in order`);
	}
	return { filters, touched };
}

const gzipAsync = promisify(gzip);

/**
 * The bundle `base` with the pages of `changed` (a bundle Pagefind built from the changed
 * pages' documents alone, with the same settings) put in place of the pages of the same URL.
 * Only the files that differ are new; the others are `base`'s own buffers. `basePageIds` (each
 * page's fragment hash by URL), when given, spares reading every fragment for its URL.
 */
export async function patchBundle(base: BundleFiles, changed: BundleFiles, basePageIds?: ReadonlyMap<string, string>): Promise<Map<string, Buffer>> {
	let patched: ReturnType<typeof patch>;
	try {
		patched = patch(base, changed, basePageIds);
	} catch (error) {
		if (error instanceof BundleFormatError || error instanceof SyntaxError) throw new PatchRefused(`unexpected bundle format: ${error.message}`);
		throw error;
	}
	// Compressed as Pagefind compresses (deflate's best), on the thread pool: most of the patch's time.
	const compressed = await Promise.all(patched.written.map(([, content]) => gzipAsync(Buffer.concat([SIGNATURE, content]), { level: constants.Z_BEST_COMPRESSION })));
	patched.written.forEach(([path], i) => patched.files.set(path, compressed[i]!));
	return patched.files;
}

function patch(base: BundleFiles, changed: BundleFiles, basePageIds?: ReadonlyMap<string, string>) {
	const published = openBundle(base, 'published', basePageIds);
	const small = openBundle(changed, 'changed');
	const { meta, lang } = published;
	if (small.lang !== lang || small.entry.version !== published.entry.version || small.meta.version !== meta.version) refuse('the bundles differ in language or version');
	if (meta.sorts.length || small.meta.sorts.length) refuse('the bundle has sort orders');
	if (JSON.stringify(meta.rest) !== JSON.stringify(small.meta.rest)) refuse('the bundles differ in meta fields');
	readExactly(unwrap(file(base, published.metaFile)), decodeMeta, encodeMeta, published.metaFile);

	const numbers = new Map<number, number>();
	for (const [url, number] of small.pages) {
		const to = published.pages.get(url) ?? refuse(`${url} is a new page`);
		if (basePageIds && fragmentUrl(unwrap(file(base, `fragment/${meta.pages[to]!.hash}.pf_fragment`))) !== url) refuse(`the page ids given do not match ${url}`);
		numbers.set(number, to);
	}
	const replaced = new Set(numbers.values());

	// Words: the replaced pages' locations out of the chunks that name them, the changed pages' in.
	const raw = meta.chunks.map((chunk) => unwrap(file(base, `index/${chunk.hash}.pf_index`)));
	const decoded = new Map<number, IndexedWord[]>();
	// Its words may be written again in other chunks: they must be read exactly, which
	// `decodeIndexChunk` does (it refuses what would not encode back to the same bytes).
	const wordsOf = (i: number): IndexedWord[] => {
		if (!decoded.has(i)) decoded.set(i, decodeIndexChunk(raw[i]!));
		return decoded.get(i)!;
	};
	const touched = new Set<number>();
	raw.forEach((content, i) => {
		if (!chunkNamesPages(content, replaced)) return;
		const words = wordsOf(i);
		for (const word of words) dropPages(word, replaced);
		decoded.set(i, words.filter((word) => word.pages.size > 0 || word.variants.length > 0));
		touched.add(i);
	});
	const froms = meta.chunks.map((chunk) => chunk.from);
	for (const { hash } of small.meta.chunks) {
		for (const word of decodeIndexChunk(unwrap(file(changed, `index/${hash}.pf_index`)))) {
			const renumbered: IndexedWord = { word: word.word, pages: renumber(word.pages, numbers), variants: word.variants.map(([form, pages]) => [form, renumber(pages, numbers)]) };
			// Words are sorted across chunks: only the last chunk starting at or before a word can hold it.
			const next = lowerBound(froms, word.word, (from) => from);
			const i = Math.max(0, froms[next] === word.word ? next : next - 1);
			const list = wordsOf(i);
			const at = lowerBound(list, word.word, (w) => w.word);
			touched.add(i);
			if (list[at]?.word === word.word) mergeWord(list[at]!, renumbered);
			else list.splice(at, 0, renumbered);
		}
	}

	const out = new Map(base);
	const written: [path: string, content: Buffer][] = [];
	const put = (path: string, content: Buffer) => {
		if (out.has(path)) refuse(`${path} already exists`);
		out.set(path, content);
		written.push([path, content]);
	};

	// The chunks split again where Pagefind would split them, from each changed one until a split falls where it fell before.
	const order = [...touched].sort((a, b) => a - b);
	const listOf = (n: number) => (n < raw.length ? wordsOf(n) : undefined);
	const chunks: MetaChunk[] = [];
	let next = 0;
	let pendingFrom: string | undefined;
	const push = (chunk: MetaChunk) => {
		chunks.push(pendingFrom === undefined ? chunk : { ...chunk, from: pendingFrom });
		pendingFrom = undefined;
	};
	for (const first of order) {
		if (first < next) continue;
		for (; next < first; next++) push({ ...meta.chunks[next]! });
		const split = splitChunks(listOf, first);
		const before = first > 0 ? { from: chunks.at(-1)!.from, word: wordsOf(first - 1).at(-1)!.word } : undefined;
		const after = split.last + 1 < raw.length ? wordsOf(split.last + 1)[0]!.word : undefined;
		if (!split.chunks.length && !before && after === undefined) refuse('the index would be empty');
		const { ranges, beforeTo, afterFrom } = chunkRanges(split.chunks, before, after);
		if (beforeTo !== undefined) chunks.at(-1)!.to = beforeTo;
		for (let n = first; n <= split.last; n++) out.delete(`index/${meta.chunks[n]!.hash}.pf_index`);
		split.chunks.forEach((words, k) => {
			const content = encodeIndexChunk(words);
			const hash = shortName(lang, content);
			put(`index/${hash}.pf_index`, content);
			push({ ...ranges[k]!, hash });
		});
		pendingFrom = afterFrom;
		next = split.last + 1;
	}
	for (; next < meta.chunks.length; next++) push({ ...meta.chunks[next]! });
	if (!rangesOrdered(chunks)) refuse('chunk ranges overlap');

	// Filters.
	const { filters, touched: touchedFilters } = patchFilters(base, meta, changed, small.meta, numbers, replaced);
	const filterHashes = new Map(meta.filters.map(({ name, hash }) => [name, hash]));
	for (const name of touchedFilters) if (filterHashes.has(name)) out.delete(`filter/${filterHashes.get(name)}.pf_filter`);
	for (const name of touchedFilters) {
		const filter = filters.get(name)!;
		if (!filter.values.length) {
			filterHashes.delete(name);
			continue;
		}
		const content = encodeFilter(filter);
		filterHashes.set(name, shortName(lang, content));
		put(`filter/${filterHashes.get(name)}.pf_filter`, content);
	}
	const filterList = [...filterHashes].map(([name, hash]) => ({ name, hash })).sort((a, b) => compareBytes(a.name, b.name));
	if (meta.filters.some((filter, i) => i > 0 && compareBytes(meta.filters[i - 1]!.name, filter.name) >= 0)) refuse('filters are not in name order');

	// Pages: fragments and word counts.
	const pages = meta.pages.map((page) => ({ ...page }));
	const kept = new Set(pages.filter((_, i) => !replaced.has(i)).map((page) => page.hash));
	for (const number of replaced) out.delete(`fragment/${meta.pages[number]!.hash}.pf_fragment`);
	for (const [from, to] of numbers) {
		const page = small.meta.pages[from]!;
		if (kept.has(page.hash)) refuse(`fragment ${page.hash} is another page's`);
		kept.add(page.hash);
		pages[to] = { ...page };
		const fragment = `fragment/${page.hash}.pf_fragment`;
		if (out.has(fragment)) refuse(`${fragment} already exists`);
		out.set(fragment, file(changed, fragment));
	}

	const nextMeta: BundleMeta = { ...meta, pages, chunks, filters: filterList };
	const metaContent = encodeMeta(nextMeta);
	const name = metaName(lang, metaContent);
	out.delete(published.metaFile);
	put(`pagefind.${name}.pf_meta`, metaContent);
	const entry = { ...published.entry, languages: { [lang]: { ...published.entry.languages[lang]!, hash: name } } };
	out.set(ENTRY, Buffer.from(JSON.stringify(entry)));
	return { files: out, written };
}
