/**
 * A rebuild after one abstract changed renders again only the pages that show that paper:
 * its own page and the pages listing it are new, an unrelated page is copied from Astro's
 * cache, and the site is the same, byte for byte, as a build from scratch would make.
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';

const SOURCE = 'content/sources/hf-papers-few-shot-rl.txt';
const OLD_SENTENCE = 'This research paper presents an experimental approach to using the Reptile algorithm';
const NEW_SENTENCE = 'This research paper presents a revised experimental approach to using the Reptile algorithm';

let root: string;
let first: BuiltSite;
let second: BuiltSite;
let slug: string;
/** When each page's cached copy was last written, after the first build. */
let writtenBefore: Map<string, number>;

const cached = (page: string) => join(root, '.paperfold-cache/astro/dist', page);
const html = (page: string) => readFileSync(join(root, 'dist', page), 'utf8');
const summary = (built: BuiltSite) => /\((\d+) files rendered, (\d+) reused\)/.exec(built.stdout);

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

beforeAll(() => {
	root = copyProject('paperfold-incremental-');
	first = built(runBuild(root), 'first build');
	slug = readdirSync(join(root, 'dist/papers')).find((name) => name.startsWith('ramario'))!;
	writtenBefore = new Map(
		readdirSync(join(root, 'dist/papers'))
			.filter((name) => name !== 'index.html')
			.map((name) => [name, statSync(cached(`papers/${name}/index.html`)).mtimeMs]),
	);
	const source = readFileSync(join(root, SOURCE), 'utf8');
	expect(source).toContain(OLD_SENTENCE);
	writeFileSync(join(root, SOURCE), source.replace(OLD_SENTENCE, NEW_SENTENCE));
	second = built(runBuild(root), 'rebuild');
});
afterAll(() => removeCopy(root));

describe('a rebuild after one changed abstract', () => {
	it('renders every keyed page on the first build', () => {
		const [, rendered, reused] = summary(first) ?? [];
		expect(Number(rendered)).toBeGreaterThan(100);
		expect(Number(reused)).toBe(0);
	});

	it('shows the new abstract on the changed paper page', () => {
		expect(html(`papers/${slug}/index.html`)).toContain(NEW_SENTENCE);
		expect(html(`papers/${slug}/index.html`)).not.toContain(OLD_SENTENCE);
		expect(statSync(cached(`papers/${slug}/index.html`)).mtimeMs).toBeGreaterThan(writtenBefore.get(slug)!);
	});

	it('updates the topic page that lists the paper with its TL;DR', () => {
		const topic = /href="\/topics\/([^/"]+)\/"/.exec(html(`papers/${slug}/index.html`))![1];
		const page = html(`topics/${topic}/index.html`);
		expect(page).toContain(NEW_SENTENCE);
		expect(page).not.toContain(OLD_SENTENCE);
	});

	it('does not render again a paper page that does not show the changed paper', () => {
		const unrelated = [...writtenBefore.keys()].find((name) => name !== slug && !html(`papers/${name}/index.html`).includes(`/papers/${slug}/`));
		expect(unrelated).toBeDefined();
		expect(statSync(cached(`papers/${unrelated}/index.html`)).mtimeMs).toBe(writtenBefore.get(unrelated!));
	});

	it('renders a few pages and reuses the rest', () => {
		const [, rendered, reused] = summary(second) ?? [];
		expect(Number(rendered)).toBeGreaterThan(0);
		expect(Number(reused)).toBeGreaterThan(Number(rendered));
	});

	it('makes the same site as a build from scratch', () => {
		const incremental = join(root, 'dist-incremental');
		cpSync(join(root, 'dist'), incremental, { recursive: true });
		rmSync(join(root, '.paperfold-cache/astro/incremental-build.json'));
		rmSync(join(root, '.paperfold-cache/astro/pagefind'), { recursive: true });
		const scratch = built(runBuild(root), 'build from scratch');
		expect(summary(scratch)?.[2]).toBe('0');
		expect(files(join(root, 'dist'))).toEqual(files(incremental));
	});
});
