import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSiteAtomically, startSiteBuild } from './site-build.ts';

/**
 * A project whose `astro` is a stand-in: `astro build --outDir DIR` waits (up to 5 s) for the
 * file `go` in the project, then writes `DIR/index.html` with that file's text and exits with
 * the code in `exit-code` (0 without one). A build only finishes early if `go` appears while it runs.
 */
const WAITS_FOR_GO_FILE = `import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
const started = Date.now();
while (!existsSync('go') && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 10));
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + '/index.html', existsSync('go') ? readFileSync('go', 'utf8') : 'timed out');
process.exit(existsSync('exit-code') ? Number(readFileSync('exit-code', 'utf8')) : 0);
`;

/** A stand-in that writes into `DIR/index.html` what it read on stdin, with the variable that made it wait. */
const READS_STDIN = `import { mkdirSync, writeFileSync } from 'node:fs';
const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
let text = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) text += chunk;
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + '/index.html', process.env.PAPERFOLD_WAIT_FOR_PAGES + ':' + text);
`;

const projects: string[] = [];
afterEach(() => {
	for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
});

function fakeProject(astroScript = WAITS_FOR_GO_FILE): { root: string; dist: string } {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-site-build-'));
	projects.push(root);
	mkdirSync(join(root, 'node_modules/astro/bin'), { recursive: true });
	writeFileSync(join(root, 'node_modules/astro/bin/astro.mjs'), astroScript);
	const dist = join(root, 'dist');
	mkdirSync(dist);
	writeFileSync(join(dist, 'index.html'), 'previous site');
	return { root, dist };
}

/** What is left beside `dist` besides the project's own folders: no staging folder should be. */
const leftovers = (root: string) => readdirSync(root).filter((name) => !['node_modules', 'dist', 'go', 'exit-code', '.paperfold-cache'].includes(name));

/** Resolves once nothing is left beside `dist`, or fails after `ms`. */
async function gone(root: string, ms: number): Promise<void> {
	for (const end = Date.now() + ms; leftovers(root).length > 0; ) {
		if (Date.now() > end) throw new Error(`still beside dist: ${leftovers(root).join(', ')}`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

describe('buildSiteAtomically', () => {
	it('runs `meanwhile` while Astro builds, then swaps the new site in', async () => {
		const { root, dist } = fakeProject();
		const ok = await buildSiteAtomically({ root, dist, env: process.env, meanwhile: () => writeFileSync(join(root, 'go'), 'new site') });
		expect(ok).toBe(true);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
		// The replaced site goes to a trash name, deleted by a detached process after the build returns.
		expect(leftovers(root).filter((name) => !name.startsWith('.dist.trash-'))).toEqual([]);
		await gone(root, 10_000);
	});

	it('stops Astro, keeps the previous site and throws the error when `meanwhile` fails', async () => {
		const { root, dist } = fakeProject();
		const started = Date.now();
		const build = buildSiteAtomically({
			root,
			dist,
			env: process.env,
			meanwhile: () => {
				throw new Error('disk full');
			},
		});
		await expect(build).rejects.toThrow('disk full');
		// Stopped, not waited out: the stand-in would have run 5 s.
		expect(Date.now() - started).toBeLessThan(4000);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
		expect(leftovers(root)).toEqual([]);
	});

	it('keeps the previous site when Astro fails', async () => {
		const { root, dist } = fakeProject();
		writeFileSync(join(root, 'exit-code'), '1');
		writeFileSync(join(root, 'go'), 'broken site');
		expect(await buildSiteAtomically({ root, dist, env: process.env })).toBe(false);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
		expect(existsSync(join(dist, '.paperfold-output'))).toBe(false);
		expect(leftovers(root)).toEqual([]);
	});
});

describe('startSiteBuild', () => {
	it('starts Astro waiting, and tells it to go once the pages are in place', async () => {
		const { root, dist } = fakeProject(READS_STDIN);
		const site = await startSiteBuild({ root, dist, env: process.env });
		expect(await site.finish()).toBe(true);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('1:go\n');
		await gone(root, 10_000);
	});

	it('aborted (the generator failed), stops Astro and leaves the site and the manifests of the last build', async () => {
		const { root, dist } = fakeProject(READS_STDIN);
		const cache = join(root, '.paperfold-cache/astro');
		mkdirSync(cache, { recursive: true });
		writeFileSync(join(cache, 'published-pages.json'), '{}');
		writeFileSync(join(cache, 'incremental-build.json'), '{}');
		const site = await startSiteBuild({ root, dist, env: process.env });
		await site.abort();
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
		expect(readdirSync(cache).sort()).toEqual(['incremental-build.json', 'published-pages.json']);
		expect(leftovers(root)).toEqual([]);
	});
});
