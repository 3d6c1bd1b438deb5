/**
 * Where a paper page's bytes go: each built page cut into its parts (head, header, contents,
 * metadata, TL;DR, entities, claims, abstract, keyphrases, related papers, citation, notes,
 * footer) by the markup BaseLayout.astro and src/pages/papers/[slug].astro write, summed over
 * every paper page of a `dist/`. Parts are cut in page order, so they add up to the page.
 *
 * `node scripts/bench/dist-weight-paper-page.ts DIST`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A marker as the templates write it, matched with or without the quotes around its attribute
 * values: built pages are written compacted (src/lib/compact-html.ts), older builds are not.
 */
const marker = (html: string, flags = '') => new RegExp(html.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replaceAll('"', '"?'), flags);
/** An element whose end tag a compacted page may leave out: up to it, or to what follows instead. */
const upToEnd = (start: string, end: string, next: string) => new RegExp(`${marker(start).source}[\\s\\S]*?(?:${marker(end).source}|(?=${next}))`, 'g');

/** A part of a page: its name and the marker its markup starts with (the first match after the previous part). */
const PARTS: [name: string, start: RegExp][] = [
	['head', /^/],
	['header and navigation', /<body>/],
	['contents (toc)', marker('<nav class="toc"')],
	['title', /<h1>/],
	['metadata list', marker('<dl class="paper-meta">')],
	['TL;DR box', marker('<section aria-labelledby="tldr">')],
	['entity chips', marker('<section aria-labelledby="entities">')],
	['claims table', marker('<section><h2 id="claims">')],
	['abstract', marker('<section><h2 id="abstract">')],
	['reading key', marker('<p class="muted small reading-key">')],
	['keyphrases', marker('<section aria-labelledby="keyphrases">')],
	['HF summary', marker('<section aria-labelledby="hf-summary">')],
	['related papers', marker('<section aria-labelledby="related">')],
	['citation', marker('<section aria-labelledby="cite">')],
	['notes', marker('<section aria-labelledby="notes"')],
	['footer', /<\/article>/],
];

/** Parts inside parts, counted on their own too (not added to the page total). */
const DETAILS: [name: string, pattern: RegExp][] = [
	['head: description meta', /<meta name="?description"?[^>]*>/g],
	['head: og/twitter metas', /<meta (?:property="?(?:og|article):|name="?twitter:)[^>]*>/g],
	['head: theme script', /<script>[\s\S]*?<\/script>/g],
	['metadata: title searches (Read)', /<li><a href="https:\/\/(?:arxiv\.org\/search|huggingface\.co\/papers\?q|www\.semanticscholar\.org\/search)[^"]*">[^<]*<\/a>(?:<\/li>)?/g],
	['metadata: topics', upToEnd('<dt>Topics', '</dd>', '<dt>|</dl>')],
	['metadata: source', upToEnd('<dt>Source', '</dd>', '<dt>|</dl>')],
	['TL;DR box: introduces line', upToEnd('<p class="introduces">', '</p>', '</section>')],
	['abstract: TL;DR in bold (<strong>…</strong>)', /<strong>[\s\S]*?<\/strong>/g],
	['abstract: role labels', /<span class="?role"? data-role="?[A-Za-z]+"?><\/span>/g],
	['abstract: acronym abbr markup', /<abbr title=(?:"[^"]*"|[^\s>]*)>|<\/abbr>/g],
	['abstract: claim marks markup', /<mark class="?claim"? data-claim="?\d+"?>|<\/mark>/g],
	['any: root-relative link hrefs', / href=(?:"\/[^"]*"|\/[^\s>]*)/g],
	['related: "Shared:" lines', upToEnd('<p>Shared: ', '</p>', '</li>|<li>|</ul>')],
];

/** The bytes of each part of one page, in page order; the parts not on the page are 0. */
export function paperPageParts(html: string): Map<string, number> {
	const starts: [string, number][] = [];
	let from = 0;
	for (const [name, marker] of PARTS) {
		const at = html.slice(from).search(marker);
		if (at < 0) continue;
		starts.push([name, from + at]);
		from += at;
	}
	const parts = new Map<string, number>(PARTS.map(([name]) => [name, 0]));
	starts.forEach(([name, at], i) => parts.set(name, Buffer.byteLength(html.slice(at, starts[i + 1]?.[1] ?? html.length))));
	for (const [name, pattern] of DETAILS) parts.set(name, (html.match(pattern) ?? []).reduce((sum, m) => sum + Buffer.byteLength(m), 0));
	return parts;
}

/** The parts summed over every paper page of `dist`, with the number of pages. */
export function paperPagePartsOf(dist: string): { pages: number; total: number; parts: Map<string, number> } {
	const papers = join(dist, 'papers');
	const sum = new Map<string, number>();
	let pages = 0;
	let total = 0;
	for (const name of readdirSync(papers)) {
		const file = join(papers, name, 'index.html');
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		pages++;
		total += Buffer.byteLength(html);
		for (const [part, bytes] of paperPageParts(html)) sum.set(part, (sum.get(part) ?? 0) + bytes);
	}
	return { pages, total, parts: sum };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dist = process.argv[2];
	if (!dist) {
		process.stderr.write('Usage: node scripts/bench/dist-weight-paper-page.ts DIST\n');
		process.exit(2);
	}
	const { pages, total, parts } = paperPagePartsOf(dist);
	const avg = (bytes: number) => `${Math.round(bytes / pages)}`.padStart(6);
	process.stdout.write(`${pages} paper pages, ${avg(total).trim()} bytes each on average\n`);
	for (const [part, bytes] of parts) process.stdout.write(`${avg(bytes)}  ${part}\n`);
}
