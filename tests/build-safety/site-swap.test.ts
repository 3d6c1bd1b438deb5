/**
 * The published site survives every failed build: a broken note, a bad setting, a build
 * killed halfway. The new site is built beside `dist/` and swapped in only when Astro and
 * Pagefind both succeeded.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild, userEnv } from '../helpers/build-site.ts';
import { readPage, select } from '../helpers/html.ts';

let root: string;
let dist: string;
let firstPaper: string;

/** Every file of the site with its hash: equal fingerprints mean an untouched site. */
function fingerprint(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.sort()
			.map((file) => {
				const path = join(dir, file);
				return [file, statSync(path).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex')];
			}),
	);
}

const leftovers = () => readdirSync(root).filter((name) => /^\.dist\.(tmp|old)-\d+$/.test(name));

beforeAll(() => {
	root = copyProject('paperfold-swap-');
	dist = join(root, 'dist');
	const first = runBuild(root);
	if (first.status !== 0) throw new Error(`first build failed:\n${first.stdout}\n${first.stderr}`);
	firstPaper = readdirSync(join(root, 'content/papers')).find((f) => f.endsWith('.mdx'))!.replace(/\.mdx$/, '');
});
afterAll(() => removeCopy(root));

describe('a site build that fails', () => {
	it('marks the site it built as paperfold output', () => {
		expect(readFileSync(join(dist, '.paperfold-output'), 'utf8')).toMatch(/^paperfold site\n/);
	});

	it('leaves the published site exactly as it was when a note does not compile (exit 3)', () => {
		const before = fingerprint(dist);
		writeFileSync(join(root, 'content/notes', `${firstPaper}.mdx`), 'A note with an MDX error: x {oops\n');
		try {
			const run = runBuild(root);
			expect(run.status).toBe(3);
			expect(run.stderr).toContain('the site build failed');
			expect(run.stderr).toContain('dist was left as it was');
		} finally {
			writeFileSync(join(root, 'content/notes', `${firstPaper}.mdx`), 'A good note.\n');
		}
		expect(fingerprint(dist)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('refuses a URL as BASE_PATH before building anything, naming the variable (exit 2)', () => {
		const before = fingerprint(dist);
		const run = runBuild(root, [], { BASE_PATH: 'https://example.github.io/repo/' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('BASE_PATH=https://example.github.io/repo/: is a URL; give only its path');
		expect(fingerprint(dist)).toEqual(before);
	});

	it('refuses a SITE_URL that is not a URL, naming the variable (exit 2)', () => {
		const run = runBuild(root, [], { SITE_URL: 'notaurl' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('SITE_URL=notaurl: not a URL');
	});
});

describe('a site build that is killed halfway', () => {
	it('keeps the published site, and the next build cleans up after it and takes over its lock', async () => {
		const before = fingerprint(dist);
		// Its own process group, so the kill reaches Astro as `timeout` or Ctrl-C would.
		const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...userEnv(), CI: 'true' }, detached: true, stdio: 'ignore' });
		const started = Date.now();
		while (!existsSync(join(root, `.dist.tmp-${child.pid}`))) {
			if (Date.now() - started > 120_000) throw new Error('the build never started writing its site');
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const exited = new Promise((resolve) => child.on('exit', resolve));
		process.kill(-child.pid!, 'SIGKILL');
		await exited;
		expect(fingerprint(dist)).toEqual(before);
		expect(leftovers()).toEqual([`.dist.tmp-${child.pid}`]);
		expect(readFileSync(join(root, '.paperfold-cache/build.lock'), 'utf8').trim()).toBe(String(child.pid));

		// The next build, for a site whose URL holds its base path.
		const run = runBuild(root, [], { SITE_URL: 'https://example.github.io/notes' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toContain('SITE_URL has the path /notes/; it is used as the base path');
		expect(leftovers()).toEqual([]);
		expect(existsSync(join(root, '.paperfold-cache/build.lock'))).toBe(false);
		const home = readPage(dist, '');
		expect(select('link[rel=canonical]', home)?.properties.href).toBe('https://example.github.io/notes/');
		expect(select(`a[href="/notes/papers/${firstPaper}/"]`, readPage(dist, 'papers'))).toBeTruthy();
	});
});
