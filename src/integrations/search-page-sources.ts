/**
 * The paper pages' search documents (search-page-html.ts), read from what the content sync
 * leaves before Astro renders a page: the validated records and rendered bodies the paper
 * loader keeps by content digest (paper-records.ts, paper-bodies.ts), the topics file beside
 * the generated pages, and the readers' notes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { mdxjs } from 'micromark-extension-mdxjs';
import { collectionNames } from '../lib/collection-names.ts';
import { paperBodyPath, type PaperBody } from '../loaders/paper-bodies.ts';
import { paperRecordsDir } from '../loaders/paper-records.ts';
import { withheldNotes } from '../loaders/notes-folder.ts';
import { readJsonFile } from '../loaders/digest-files.ts';
import type { Paper } from '../shared/paper-schema.ts';
import { TopicSchema } from '../shared/topic-schema.ts';
import { paperPath } from '../shared/urls.ts';
import { documentKey, type SearchPageCache } from './search-page-cache.ts';
import { searchPageHtml } from './search-page-html.ts';
import type { SortValues } from './paper-sort-values.ts';

/** One paper page as Pagefind is given it: its URL without the base path, as Pagefind made it from `dist/`, and its document. */
export interface SearchPage {
	url: string;
	html: string;
}

export interface SearchPageFolders {
	/** Astro's cache folder, where the paper loader keeps records and bodies. */
	cacheDir: string;
	/** The generated pages (`content/papers/`). */
	papersDir: string;
	/** The readers' notes (`content/notes/`). */
	notesDir: string;
}

/** A note file's text as HTML: its Markdown (MDX's components and expressions dropped, their text kept). */
export function noteHtml(text: string, mdx: boolean): string {
	const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	const tree = mdx ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body);
	return toHtml(toHast(tree));
}

/** The notes shown on paper pages, as HTML by paper id. */
function readNotes(notesDir: string, papersDir: string): Map<string, string> {
	const notes = new Map<string, string>();
	if (!existsSync(notesDir)) return notes;
	const withheld = withheldNotes(papersDir);
	for (const name of readdirSync(notesDir).sort()) {
		const match = /^([^.].*)\.(mdx?)$/.exec(name);
		if (!match || withheld.has(match[1]!)) continue;
		notes.set(match[1]!, noteHtml(readFileSync(join(notesDir, name), 'utf8'), match[2] === 'mdx'));
	}
	return notes;
}

/** The paper pages' search documents, made one by one in URL order (`pages()`), and a digest of what they are made from. */
export interface SearchPageSource {
	/** How many pages there are. */
	count: number;
	/**
	 * Each paper's sort values by paper id, from the records read here: the same values the
	 * page's frontmatter holds (`readPaperSortValues`), since the loader validated the record from
	 * it, without reading every page file again.
	 */
	sortValues: Map<string, SortValues>;
	/** The loaded records in the collection index's order, and each one's loader digest by paper id. */
	records: { papers: Paper[]; digests: ReadonlyMap<string, string> };
	/**
	 * Digest of the documents' inputs: each page's id and loader digest (its record and body),
	 * the topics file and the notes. Equal digests mean equal documents as long as the code
	 * making them is unchanged, so it only guides what to do first; the documents' own digest
	 * (pagefind-reuse.ts) decides whether an index is reused.
	 */
	inputsDigest: string;
	/**
	 * The documents, in URL order, each made when it is reached; with `cache`, a document
	 * kept there from the same inputs is taken as it is (search-page-cache.ts).
	 */
	pages(cache?: SearchPageCache): Generator<SearchPage>;
}

/**
 * Every paper page's search document source. The loader keeps exactly one record per current
 * page (it prunes the rest); a page without one, or with two, is an error naming it.
 */
export function openSearchPages(folders: SearchPageFolders): SearchPageSource {
	const { cacheDir, papersDir, notesDir } = folders;
	const names = existsSync(papersDir) ? readdirSync(papersDir) : []; // the loader has warned of no pages
	const ids = names.filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).map((name) => name.slice(0, -'.mdx'.length));
	const wanted = new Set(ids);
	const found = new Map<string, { record: Paper; digest: string }>();
	const recordsDir = paperRecordsDir(cacheDir);
	for (const name of (ids.length ? readdirSync(recordsDir) : []).filter((n) => n.endsWith('.json')).sort()) {
		const digest = name.slice(0, -'.json'.length);
		const record = readJsonFile<Paper>(join(recordsDir, name), `A paper record`);
		if (!wanted.has(record.id)) continue;
		if (found.has(record.id)) throw new Error(`Paper page ${record.id} has two records in ${recordsDir}; run the build again.`);
		found.set(record.id, { record, digest });
	}
	const missing = ids.filter((id) => !found.has(id));
	if (missing.length) throw new Error(`No loaded record for paper page ${missing[0]} (and ${missing.length - 1} more) in ${recordsDir}; run the build again.`);

	const topicsFile = join(papersDir, '_topics.json');
	const topicsText = existsSync(topicsFile) ? readFileSync(topicsFile, 'utf8') : null;
	const topics = topicsText === null ? [] : TopicSchema().array().parse(JSON.parse(topicsText));
	const records = [...ids].sort().map((id) => found.get(id)!.record);
	// Only the names the documents show, not the whole collection index Astro's thread builds.
	const { papers, topicTitles, entityNames } = collectionNames(records, topics);
	const notes = readNotes(notesDir, papersDir);
	const byUrl = records.map((record) => ({ record, url: paperPath(record.id) })).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

	const inputs = createHash('sha256').update(JSON.stringify(topicsText));
	for (const { record, url } of byUrl) inputs.update(`\0${url}\0${found.get(record.id)!.digest}\0${JSON.stringify(notes.get(record.id) ?? null)}`);
	// A page shows a few of the collection-wide topic titles and entity names; any change to them makes every document again.
	const shownNames = createHash('sha256').update(JSON.stringify([[...topicTitles], [...entityNames]])).digest('hex');
	const sortValues = new Map<string, SortValues>();
	for (const id of ids) {
		const { published, upvotes } = found.get(id)!.record;
		sortValues.set(id, { date: typeof published === 'string' ? published : null, upvotes: typeof upvotes === 'number' ? upvotes : null });
	}
	return {
		count: byUrl.length,
		sortValues,
		records: { papers, digests: new Map([...found].map(([id, { digest }]) => [id, digest])) },
		inputsDigest: inputs.digest('hex'),
		*pages(cache) {
			for (const { record, url } of byUrl) {
				const { digest } = found.get(record.id)!;
				const noteHtml = notes.get(record.id) ?? null;
				const key = cache && documentKey({ url, digest, note: noteHtml, names: shownNames });
				const kept = key ? cache.get(key) : undefined;
				if (kept !== undefined) {
					yield { url, html: kept };
					continue;
				}
				const body = readJsonFile<PaperBody>(paperBodyPath(cacheDir, digest), `The rendered body of paper page ${record.id}`);
				const html = searchPageHtml(record, { topicTitles, entityNames, bodyHtml: body.html, noteHtml });
				if (key) cache.set(key, html);
				yield { url, html };
			}
		},
	};
}
