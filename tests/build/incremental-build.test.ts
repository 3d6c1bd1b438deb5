/**
 * A rebuild after one abstract changed renders again only the pages that show that paper:
 * its own page and the pages listing it are new, an unrelated page is hard-linked from the
 * published site, and the site is the same, byte for byte, as a build from scratch would
 * make. So are the sites of a build without the published site (from Astro's cache, as in
 * CI), of a CI run with every cache restored as new files (no page read twice), of one after a
 * published page was edited by hand, and of one after a paper left the listings (its page gone).
 */
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';

const SOURCE = 'content/sources/hf-papers-few-shot-rl.txt';
const OLD_SENTENCE = 'This research paper presents an experimental approach to using the Reptile algorithm';
const NEW_SENTENCE = 'This research paper presents a revised experimental approach to using the Reptile algorithm';
/** The removed paper's card: its title, abstract and card lines, up to the next title. */
const REMOVED_CARD = /RLPrompt: Optimizing Discrete Text Prompts with Reinforcement Learning\n\n.*\n\n.*\n·\n.*\n\n/;
const REMOVED_SLUG = 'rlprompt-optimizing-discrete-text-prompts-with-reinforcement-learning';

let root: string;
let first: BuiltSite;
let second: BuiltSite;
let slug: string;
/** When each page's cached copy was last written, after the first build. */
let writtenBefore: Map<string, number>;
/** Each published paper page's inode, after the first build. */
let inodeBefore: Map<string, number>;
/** Each search fragment's inode, after the first build (a fragment's name is its content's hash). */
let fragmentInodes: Map<string, number>;
/** The site the rebuild published. */
let incremental: Map<string, string>;
/** The site the first build published: a build from scratch of the listing as it came. */
let scratchSite: Map<string, string>;

const cached = (page: string) => join(root, '.paperfold-cache/astro/dist', page);
const html = (page: string) => readFileSync(join(root, 'dist', page), 'utf8');
const summary = (built: BuiltSite) => /\((\d+) files rendered, (\d+) reused\)/.exec(built.stdout);

/** A paper page that neither shows the changed paper nor links to it. */
const unrelated = () =>
	[...writtenBefore.keys()].find((name) => ![slug, REMOVED_SLUG].includes(name) && !html(`papers/${name}/index.html`).includes(`/papers/${slug}/`))!;

function built(run: BuiltSite, what: string): BuiltSite {
	if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
	return run;
}

/** Every file under `dir` with its bytes, for comparing two builds. */
function files(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => statSync(join(dir, file)).isFile())
			.sort()
			.map((file) => [file, readFileSync(join(dir, file), 'latin1')]),
	);
}

/**
 * The same files with the search index's chunks as their text: a patched index's chunks are
 * gzipped by the patch (src/integrations/pagefind-patch.ts), not by Pagefind as in a first build.
 */
const unpacked = (site: Map<string, string>) => new Map([...site].map(([file, bytes]) => [file, /\.pf_\w+$/.test(file) ? gunzipSync(Buffer.from(bytes, 'latin1')).toString('latin1') : bytes]));

beforeAll(() => {
	root = copyProject('paperfold-incremental-');
	first = built(runBuild(root), 'first build');
	scratchSite = files(join(root, 'dist'));
	slug = readdirSync(join(root, 'dist/papers')).find((name) => name.startsWith('ramario'))!;
	writtenBefore = new Map(
		readdirSync(join(root, 'dist/papers'))
			.filter((name) => name !== 'index.html')
			.map((name) => [name, statSync(cached(`papers/${name}/index.html`)).mtimeMs]),
	);
	inodeBefore = new Map([...writtenBefore.keys()].map((name) => [name, statSync(join(root, 'dist/papers', name, 'index.html')).ino]));
	fragmentInodes = new Map(readdirSync(join(root, 'dist/pagefind/fragment')).map((name) => [name, statSync(join(root, 'dist/pagefind/fragment', name)).ino]));
	const source = readFileSync(join(root, SOURCE), 'utf8');
	expect(source).toContain(OLD_SENTENCE);
	writeFileSync(join(root, SOURCE), source.replace(OLD_SENTENCE, NEW_SENTENCE));
	second = built(runBuild(root), 'rebuild');
	incremental = files(join(root, 'dist'));
});
afterAll(() => removeCopy(root));

describe('a rebuild after one changed abstract', () => {
	it('renders every keyed page on the first build', () => {
		const [, rendered, reused] = summary(first) ?? [];
		// Every paper page of the 48-paper listing, and its topic, entity and listing pages besides.
		expect(Number(rendered)).toBeGreaterThan(48);
		expect(Number(reused)).toBe(0);
	});

	it('shows the new abstract on the changed paper page', () => {
		expect(html(`papers/${slug}/index.html`)).toContain(NEW_SENTENCE);
		expect(html(`papers/${slug}/index.html`)).not.toContain(OLD_SENTENCE);
		expect(statSync(cached(`papers/${slug}/index.html`)).mtimeMs).toBeGreaterThan(writtenBefore.get(slug)!);
	});

	it('updates the topic page that lists the paper with its TL;DR', () => {
		const topic = /href="?\/topics\/([^/"\s>]+)\//.exec(html(`papers/${slug}/index.html`))![1];
		const page = html(`topics/${topic}/index.html`);
		expect(page).toContain(NEW_SENTENCE);
		expect(page).not.toContain(OLD_SENTENCE);
	});

	it('does not render again a paper page that does not show the changed paper', () => {
		expect(statSync(cached(`papers/${unrelated()}/index.html`)).mtimeMs).toBe(writtenBefore.get(unrelated()));
	});

	it('links the search fragments the published bundle holds from it, and writes the changed page\'s anew', () => {
		const after = readdirSync(join(root, 'dist/pagefind/fragment'));
		const kept = after.filter((name) => fragmentInodes.has(name));
		expect(kept.length).toBeGreaterThan(40);
		expect(after.length - kept.length).toBeGreaterThan(0);
		for (const name of kept) expect(statSync(join(root, 'dist/pagefind/fragment', name)).ino).toBe(fragmentInodes.get(name));
	});

	it('takes that page from the published site by hard link', () => {
		expect(statSync(join(root, 'dist/papers', unrelated(), 'index.html')).ino).toBe(inodeBefore.get(unrelated()));
		expect(statSync(join(root, 'dist/papers', slug, 'index.html')).ino).not.toBe(inodeBefore.get(slug));
	});


	it('renders a few pages and reuses the rest', () => {
		const [, rendered, reused] = summary(second) ?? [];
		expect(Number(rendered)).toBeGreaterThan(0);
		expect(Number(reused)).toBeGreaterThan(Number(rendered));
	});

	it('makes the same site from Astro\'s cache alone, as a CI run with the cache restored', () => {
		rmSync(join(root, 'dist'), { recursive: true });
		const restored = built(runBuild(root), 'build without the published site');
		expect(summary(restored)?.[1]).toBe('0');
		expect(files(join(root, 'dist'))).toEqual(incremental);
	});

	it('reads no restored page twice in a CI run, renders only the pages the change reaches and makes the site from scratch', () => {
		// A CI run's restore: no published site, and every generated page and cache file a new copy (a new inode and mtime).
		rmSync(join(root, 'dist'), { recursive: true });
		for (const folder of ['content/papers', '.paperfold-cache']) {
			cpSync(join(root, folder), join(root, `${folder}.restored`), { recursive: true });
			rmSync(join(root, folder), { recursive: true });
			renameSync(join(root, `${folder}.restored`), join(root, folder));
		}
		// The abstract changed back: the pages the change reaches are those the rebuild rendered.
		writeFileSync(join(root, SOURCE), readFileSync(join(root, SOURCE), 'utf8').replace(NEW_SENTENCE, OLD_SENTENCE));
		const ci = built(runBuild(root, [], { NODE_OPTIONS: `--import=${pathToFileURL(join(import.meta.dirname, '../helpers/count-page-reads.mjs')).href}` }), 'CI run with the cache restored');
		const written = Number(/\((\d+) written, /.exec(ci.stdout)?.[1]);
		const reads = [...ci.stderr.matchAll(/^page reads: (\d+)$/gm)].reduce((sum, [, count]) => sum + Number(count), 0);
		// The loader reads only the pages the generator wrote; the generator checked the others' bytes.
		expect(written).toBeGreaterThan(0);
		expect(written).toBeLessThan(10);
		expect(reads).toBe(written);
		expect(summary(ci)?.[1]).toBe(summary(second)?.[1]);
		incremental = files(join(root, 'dist'));
		expect(unpacked(incremental)).toEqual(unpacked(scratchSite));
	});

	it('renders again a published page edited by hand, and only that one', () => {
		appendFileSync(join(root, 'dist/papers', unrelated(), 'index.html'), '<!-- edited -->');
		const repaired = built(runBuild(root), 'build after an edit in dist');
		expect(summary(repaired)?.[1]).toBe('1');
		expect(files(join(root, 'dist'))).toEqual(incremental);
	});

	it('leaves out the page of a paper no longer listed, and its cached copy', () => {
		const source = readFileSync(join(root, SOURCE), 'utf8');
		expect(source).toMatch(REMOVED_CARD);
		expect(inodeBefore.has(REMOVED_SLUG)).toBe(true);
		writeFileSync(join(root, SOURCE), source.replace(REMOVED_CARD, ''));
		built(runBuild(root), 'build after a paper was removed');
		expect(existsSync(join(root, 'dist/papers', REMOVED_SLUG))).toBe(false);
		expect(existsSync(cached(`papers/${REMOVED_SLUG}/index.html`))).toBe(false);
		incremental = files(join(root, 'dist'));
	});

	it('makes the same site as a build from scratch', () => {
		rmSync(join(root, '.paperfold-cache/astro/incremental-build.json'));
		rmSync(join(root, '.paperfold-cache/astro/published-pages.json'));
		rmSync(join(root, '.paperfold-cache/astro/pagefind'), { recursive: true });
		const scratch = built(runBuild(root), 'build from scratch');
		expect(summary(scratch)?.[2]).toBe('0');
		expect(files(join(root, 'dist'))).toEqual(incremental);
	});
});
