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

/** A part of a page: its name and the marker its markup starts with (the first match after the previous part). */
const PARTS: [name: string, start: RegExp][] = [
	['head', /^/],
	['header and navigation', /<body>/],
	['contents (toc)', /<nav class="toc"/],
	['title', /<h1>/],
	['metadata list', /<dl class="paper-meta">/],
	['TL;DR box', /<section aria-labelledby="tldr">/],
	['entity chips', /<section aria-labelledby="entities">/],
	['claims table', /<section><h2 id="claims">/],
	['abstract', /<section><h2 id="abstract">/],
	['reading key', /<p class="muted small reading-key">/],
	['keyphrases', /<section aria-labelledby="keyphrases">/],
	['HF summary', /<section aria-labelledby="hf-summary">/],
	['related papers', /<section aria-labelledby="related">/],
	['citation', /<section aria-labelledby="cite">/],
	['notes', /<section aria-labelledby="notes"/],
	['footer', /<\/article>/],
];

/** Parts inside parts, counted on their own too (not added to the page total). */
const DETAILS: [name: string, pattern: RegExp][] = [
	['head: description meta', /<meta name="description"[^>]*>/g],
	['head: og/twitter metas', /<meta (?:property="(?:og|article):|name="twitter:)[^>]*>/g],
	['head: theme script', /<script>[\s\S]*?<\/script>/g],
	['metadata: title searches (Read)', /<li><a href="https:\/\/(?:arxiv\.org\/search|huggingface\.co\/papers\?q|www\.semanticscholar\.org\/search)[^"]*">[^<]*<\/a><\/li>/g],
	['metadata: topics', /<dt>Topics<\/dt><dd>[\s\S]*?<\/dd>/g],
	['metadata: source', /<dt>Source<\/dt><dd[\s\S]*?<\/dd>/g],
	['TL;DR box: introduces line', /<p class="introduces">[\s\S]*?<\/p>/g],
	['abstract: TL;DR in bold (<strong>…</strong>)', /<strong>[\s\S]*?<\/strong>/g],
	['abstract: role labels', /<span class="role" data-role="[A-Za-z]+"><\/span>/g],
	['abstract: acronym abbr markup', /<abbr title="[^"]*">|<\/abbr>/g],
	['abstract: claim marks markup', /<mark class="claim" data-claim="\d+">|<\/mark>/g],
	['any: root-relative link hrefs', / href="\/[^"]*"/g],
	['related: "Shared:" lines', /<p>Shared: [\s\S]*?<\/p>/g],
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
