import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	beginPublishedPages,
	endPublishedPages,
	identityOf,
	nextManifestFile,
	pagesToRender,
	previousSite,
	PUBLISHED_DIST_ENV,
	publishedIdentitiesAhead,
	reusedPages,
	siteSalt,
	statPublishedAhead,
	type PublishedPagesManifest,
} from './published-pages.ts';

const ROUTE = 'src/pages/papers/[slug].astro';
const SALT = 'salt';

let root: string;
let cacheDir: string;
let dist: string;
const env = () => ({ [PUBLISHED_DIST_ENV]: dist });

/** A published site of two pages, `a` and `b`, and its manifest as the previous build's (or, `begun` false, as the published one's). */
function publish(salt = SALT, begun = true): void {
	for (const id of ['a', 'b']) {
		mkdirSync(join(dist, 'papers', id), { recursive: true });
		writeFileSync(join(dist, 'papers', id, 'index.html'), `<h1>${id}</h1>`);
	}
	const folder = statSync(dist);
	const page = (id: string) => ({ pathname: `/papers/${id}/`, file: `papers/${id}/index.html`, ...identityOf(join(dist, 'papers', id, 'index.html'))! });
	const manifest: PublishedPagesManifest = { salt, folder: { dev: folder.dev, ino: folder.ino }, routes: { [ROUTE]: { 'key-a': page('a'), 'key-b': page('b') } } };
	writeFileSync(nextManifestFile(cacheDir), JSON.stringify(manifest));
	endPublishedPages(cacheDir, true);
	if (begun) beginPublishedPages(cacheDir);
}

const paths = (...keys: string[]) => keys.map((cacheKey) => ({ params: { slug: cacheKey }, cacheKey }));

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'published-pages-'));
	cacheDir = join(root, '.paperfold-cache/astro');
	dist = join(root, 'dist');
	mkdirSync(cacheDir, { recursive: true });
	reusedPages().length = 0;
	delete (globalThis as Record<symbol, unknown>)[Symbol.for('paperfold.publishedIdentitiesAhead')];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('previousSite', () => {
	it('is the published site when the manifest, the salt and the folder match', () => {
		publish();
		expect(previousSite(cacheDir, SALT, env())?.dist).toBe(dist);
	});

	it('is null without a manifest (a first build, or after a failed one)', () => {
		publish();
		endPublishedPages(cacheDir, false);
		beginPublishedPages(cacheDir);
		expect(previousSite(cacheDir, SALT, env())).toBeNull();
	});

	it('is null when the salt changed', () => {
		publish();
		expect(previousSite(cacheDir, 'other salt', env())).toBeNull();
	});

	it('is null when the published folder is missing or is another folder', () => {
		publish();
		renameSync(dist, join(root, 'moved'));
		expect(previousSite(cacheDir, SALT, env())).toBeNull();
		mkdirSync(dist);
		expect(previousSite(cacheDir, SALT, env())).toBeNull();
	});

	it('is null when the site build named no published folder', () => {
		publish();
		expect(previousSite(cacheDir, SALT, {})).toBeNull();
	});
});

describe('pagesToRender', () => {
	it('leaves out the pages the published site has under the same key, and lists them', () => {
		publish();
		const kept = pagesToRender(ROUTE, paths('key-a', 'key-b', 'key-new'), previousSite(cacheDir, SALT, env()));
		expect(kept.map((path) => path.cacheKey)).toEqual(['key-new']);
		expect(reusedPages().map((page) => page.page.file)).toEqual(['papers/a/index.html', 'papers/b/index.html']);
	});

	it('renders a page whose published file was edited or removed', () => {
		publish();
		writeFileSync(join(dist, 'papers/a/index.html'), '<h1>edited by hand</h1>');
		rmSync(join(dist, 'papers/b/index.html'));
		const kept = pagesToRender(ROUTE, paths('key-a', 'key-b'), previousSite(cacheDir, SALT, env()));
		expect(kept.map((path) => path.cacheKey)).toEqual(['key-a', 'key-b']);
	});

	it('renders every page of another route, and every page without a previous site', () => {
		publish();
		expect(pagesToRender('src/pages/topics/[topic].astro', paths('key-a'), previousSite(cacheDir, SALT, env()))).toHaveLength(1);
		expect(pagesToRender(ROUTE, paths('key-a', 'key-b'), null)).toHaveLength(2);
	});
});

describe('statPublishedAhead', () => {
	it('takes the identities of the published page files before the build lets Astro go, and pagesToRender uses them', async () => {
		publish(SALT, false);
		rmSync(join(dist, 'papers/b/index.html'));
		statPublishedAhead(cacheDir, env());
		await publishedIdentitiesAhead();
		beginPublishedPages(cacheDir);
		const previous = previousSite(cacheDir, SALT, env());
		expect([...previous!.identities!.keys()].sort()).toEqual(['papers/a/index.html', 'papers/b/index.html']);
		expect(previous!.identities!.get('papers/b/index.html')).toBeNull();
		// Not stat'ed again: the identity taken ahead stands for the file.
		rmSync(join(dist, 'papers/a/index.html'));
		const kept = pagesToRender(ROUTE, paths('key-a', 'key-b'), previous);
		expect(kept.map((path) => path.cacheKey)).toEqual(['key-b']);
	});

	it('takes nothing without a published folder, and its identities serve only that folder', async () => {
		publish(SALT, false);
		statPublishedAhead(cacheDir, {});
		await publishedIdentitiesAhead();
		beginPublishedPages(cacheDir);
		expect(previousSite(cacheDir, SALT, env())!.identities).toBeUndefined();
	});
});

describe('siteSalt', () => {
	it('changes with the base path, the site URL and the Astro config', () => {
		writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
		const salt = siteSalt(root, {});
		expect(siteSalt(root, { BASE_PATH: '/repo/' })).not.toBe(salt);
		expect(siteSalt(root, { SITE_URL: 'https://example.org' })).not.toBe(salt);
		writeFileSync(join(root, 'astro.config.mjs'), 'export default { trailingSlash: "never" }');
		expect(siteSalt(root, {})).not.toBe(salt);
	});
});
