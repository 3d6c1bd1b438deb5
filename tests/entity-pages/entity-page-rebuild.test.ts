/**
 * An entity gets its page when a second paper names it and loses it when it is named by one
 * paper again, also in a rebuild that reuses the published pages: the page appears and goes,
 * the pages linking it (its papers' pages, readers' notes, the type index, the sitemap)
 * follow, and each site is the one a build from scratch makes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';
import { select, selectAll } from '../helpers/html.ts';
import { href, textContent } from '../helpers/site-data.ts';

const SOURCE = 'content/sources/hf-papers-few-shot-rl.txt';
/** With a site URL, so the build writes its sitemap. */
const ENV = { SITE_URL: 'https://example.github.io' };
/** The paper introducing ICPL, a method no other paper of the seed names. */
const SLUG = 'few-shot-in-context-preference-learning-using-large-language-models';
/** Another paper, whose abstract is made to name ICPL too. */
const SECOND_SLUG = 'ramario-experimental-approach-to-reptile-algorithm-reinforcement-learning-for';
const OLD_SENTENCE = 'This research paper presents an experimental approach to using the Reptile algorithm';
const NEW_SENTENCE = 'This research paper presents an experimental approach, compared with In-Context Preference Learning (ICPL), to using the Reptile algorithm';
const ICPL = 'entities/method/icpl/';
/** A paper naming neither, whose MDX note links to ICPL's page as the others' Markdown notes do. */
const THIRD_SLUG = 'boosting-llm-reasoning-push-the-limits-of-few-shot-learning-with-reinforced-in';
const NOTES = { [SLUG]: 'md', [SECOND_SLUG]: 'md', [THIRD_SLUG]: 'mdx' } as const;

/** Where the ICPL link of a paper's note goes: its href, or null when the note shows the name as text. */
const noteLink = (site: Map<string, string>, slug: string) => {
	const note = select('section.notes', page(site, `papers/${slug}/`));
	expect(note && textContent(note), slug).toContain('Compare with ICPL.');
	const link = selectAll('a[href]', note!).find((a) => textContent(a) === 'ICPL');
	return link ? href(link) : null;
};

let root: string;
/** The site of each build: with ICPL named by one paper, by two (rebuilt, and from scratch), by one again. */
let one: Map<string, string>;
let two: Map<string, string>;
let twoFromScratch: Map<string, string>;
let oneAgain: Map<string, string>;
let rebuildOfTwo: BuiltSite;

const dist = () => join(root, 'dist');
const summary = (built: BuiltSite) => /\((\d+) files rendered, (\d+) reused\)/.exec(built.stdout);
/** A page of a site, parsed. */
const page = (site: Map<string, string>, path: string) => fromHtml(site.get(`${path}index.html`) ?? '');

function built(run: BuiltSite, what: string): BuiltSite {
	if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
	return run;
}

/**
 * Every file under `dir` with its bytes, for comparing two builds; not Pagefind's index nor the
 * lists of its files (the service worker's), as a rebuild patches the index
 * (tests/build/incremental-build.test.ts): with notes, or an entity filter that changed, the
 * patched index holds the same pages in other bytes and files than one built from scratch.
 */
const NOT_COMPARED = /^(pagefind\/|search-precache\.json$|sw\.js$)/;
function files(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => !NOT_COMPARED.test(file) && statSync(join(dir, file)).isFile())
			.sort()
			.map((file) => [file, readFileSync(join(dir, file), 'latin1')]),
	);
}

/** The ICPL chip of a paper page: a link, or plain text. */
const icplChip = (site: Map<string, string>, slug: string) =>
	selectAll('dl.entity-groups ul.chips > li > *', page(site, `papers/${slug}/`)).find((el) => textContent(el) === 'ICPL');

/** Pages of `site` with a link to the ICPL page (its `href` quoted or, as pages are written compacted, not). */
const linkingIcpl = (site: Map<string, string>) => {
	const link = new RegExp(` href="?/${ICPL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[\\s>]`);
	return [...site].filter(([file, text]) => file.endsWith('.html') && link.test(text)).map(([file]) => file);
};

/** A build from scratch: without the published site, Astro's cache and Pagefind's. */
function fromScratch(): Map<string, string> {
	for (const name of ['astro/incremental-build.json', 'astro/published-pages.json', 'astro/pagefind']) rmSync(join(root, '.paperfold-cache', name), { recursive: true, force: true });
	built(runBuild(root, [], ENV), 'build from scratch');
	return files(dist());
}

beforeAll(() => {
	root = copyProject('paperfold-entity-rebuild-');
	mkdirSync(join(root, 'content/notes'), { recursive: true });
	for (const [slug, kind] of Object.entries(NOTES)) writeFileSync(join(root, 'content/notes', `${slug}.${kind}`), `Compare with [ICPL](/${ICPL}).\n`);
	const original = readFileSync(join(root, SOURCE), 'utf8');
	expect(original).toContain(OLD_SENTENCE);
	built(runBuild(root, [], ENV), 'first build');
	one = files(dist());
	writeFileSync(join(root, SOURCE), original.replace(OLD_SENTENCE, NEW_SENTENCE));
	rebuildOfTwo = built(runBuild(root, [], ENV), 'rebuild with a second paper naming ICPL');
	two = files(dist());
	twoFromScratch = fromScratch();
	writeFileSync(join(root, SOURCE), original);
	built(runBuild(root, [], ENV), 'rebuild with ICPL named by one paper again');
	oneAgain = files(dist());
});
afterAll(() => removeCopy(root));

describe('an entity one paper names', () => {
	it('has no page, and no page links to one', () => {
		expect(one.has(`${ICPL}index.html`)).toBe(false);
		expect(one.has(`${ICPL}claims.csv`)).toBe(false);
		expect(linkingIcpl(one)).toEqual([]);
		expect(one.get('sitemap.xml')).toContain('/entities/method/lora/');
		expect(one.get('sitemap.xml')).not.toContain(ICPL);
	});

	it('is linked from readers’ notes to its paper, and is text in that paper’s own note', () => {
		expect(noteLink(one, SLUG)).toBeNull();
		expect(noteLink(one, SECOND_SLUG)).toBe(`/papers/${SLUG}/`);
		expect(noteLink(one, THIRD_SLUG)).toBe(`/papers/${SLUG}/`);
	});

	it('is a chip of plain text on its paper’s page, and the type index links it to that page', () => {
		expect(icplChip(one, SLUG)?.tagName).toBe('span');
		const link = selectAll('main a[href]', page(one, 'entities/method/')).find((a) => textContent(a) === 'ICPL');
		expect(link && href(link)).toBe(`/papers/${SLUG}/`);
	});
});

describe('when a second paper names it', () => {
	it('gets its page, listing both papers, in a rebuild that reuses unchanged pages', () => {
		expect(Number(summary(rebuildOfTwo)?.[2])).toBeGreaterThan(0);
		const listed = selectAll('a[href]', select('h2#papers ~ ul', page(two, ICPL))!).map(href).sort();
		expect(listed).toEqual([`/papers/${SLUG}/`, `/papers/${SECOND_SLUG}/`].sort());
		expect(two.get('sitemap.xml')).toContain(ICPL);
	});

	it('is linked from both papers’ chips and from the type index', () => {
		for (const slug of [SLUG, SECOND_SLUG]) {
			const chip = icplChip(two, slug);
			expect(chip?.tagName, slug).toBe('a');
			expect(href(chip!), slug).toBe(`/${ICPL}`);
		}
		expect(linkingIcpl(two)).toEqual(expect.arrayContaining([`papers/${SLUG}/index.html`, `papers/${SECOND_SLUG}/index.html`, 'entities/method/index.html']));
		for (const slug of Object.keys(NOTES)) expect(noteLink(two, slug), slug).toBe(`/${ICPL}`);
	});

	it('gives the site a build from scratch makes', () => {
		expect(two).toEqual(twoFromScratch);
	});
});

describe('when the second paper no longer names it', () => {
	it('loses its page and every link to it: the site is the first build’s again', () => {
		expect(oneAgain.has(`${ICPL}index.html`)).toBe(false);
		expect(linkingIcpl(oneAgain)).toEqual([]);
		expect(oneAgain).toEqual(one);
	});
});
