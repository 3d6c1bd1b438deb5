import { linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLoaderContext } from '../shared/testing/loader-context.ts';
import { copySources, editFile, lockVersion } from '../shared/testing/source-copy.ts';
import { hasEnded, runScript, workersStartedBy } from '../shared/testing/worker-threads.ts';
import { stampOf } from '../shared/build/file-stamp.ts';
import { writePageRestamps } from '../shared/build/page-restamps.ts';
import { readSourceFiles } from '../shared/build/source-files.ts';
import { paperBodyPath, readPaperBody } from './paper-bodies.ts';
import { paperRecordPath, readPaperRecord } from './paper-records.ts';
import { paperLoader, rendererVersion } from './paper-loader.ts';

/** The frontmatter of a small valid page: the loader validates every page against the paper schema. */
function frontmatter(id: string, title: string) {
	const abstract = `${title} in short.`;
	const whole = { start: 0, end: abstract.length, text: abstract };
	return { id, title, abstract, tldr: whole, summary: { problem: [], approach: [whole], results: [] }, topics: [{ id: 'meta-rl' }], sources: [{ file: 'papers.txt', format: 'hf-page', line: 1 }] };
}

/** A project with `count` pages in `papers/`, named so that `zz-broken` (if wanted) comes last, on a worker. */
function projectWithPages(count: number, options: { broken?: boolean } = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'paper-loader-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, 'papers'));
	for (let i = 0; i < count; i++) {
		const id = `paper-${String(i).padStart(3, '0')}`;
		writeFileSync(join(root, 'papers', `${id}.mdx`), `---\n${JSON.stringify(frontmatter(id, `Paper ${i}`))}\n---\n\n## TL;DR\n\nPaper ${i} in *short*.\n`);
	}
	if (options.broken) writeFileSync(join(root, 'papers', 'zz-broken.mdx'), `---\n${JSON.stringify(frontmatter('zz-broken', 'Broken'))}\n---\n\n## TL;DR\n\nCosts {1 + 1}.\n`);
	return root;
}

describe('paperLoader', () => {
	it('loads every page with its rendered body, past the first hundred on worker threads', async () => {
		const root = projectWithPages(150);
		const { context, entries } = createLoaderContext(root);
		const started = await workersStartedBy(() => paperLoader({ base: 'papers' }).load(context));
		expect(started.length).toBeGreaterThan(0);
		expect(started.filter((worker) => !hasEnded(worker))).toEqual([]);
		expect(entries.size).toBe(150);
		const last = entries.get('paper-149')!;
		// Astro's store holds the id and digest; the validated record is kept beside it.
		expect(last.data).toEqual({ id: 'paper-149' });
		expect(readPaperRecord(context.config.cacheDir, String(last.digest), 'paper-149')).toMatchObject({ id: 'paper-149', title: 'Paper 149', abstract: 'Paper 149 in short.', authors: [] });
		expect(readPaperBody(context.config.cacheDir, String(last.digest), 'paper-149').html).toBe('<section><h2 id="tldr">TL;DR</h2>\n<p>Paper 149 in <em>short</em>.</p></section>');
	});

	it('refuses a page whose frontmatter does not match the paper schema, naming the page and the field', async () => {
		const root = projectWithPages(3);
		writeFileSync(join(root, 'papers', 'paper-001.mdx'), `---\n${JSON.stringify({ ...frontmatter('paper-001', 'Paper 1'), abstract: 7 })}\n---\n\nBody.\n`);
		const { context } = createLoaderContext(root);
		await expect(paperLoader({ base: 'papers' }).load(context)).rejects.toThrow(/^Paper page "paper-001" \(papers\/paper-001\.mdx\) could not be loaded: its frontmatter does not match the paper schema: abstract: /);
	});

	it('stops at a page that fails on a worker, naming the page and its file and line, with every worker ended', async () => {
		const { context } = createLoaderContext(projectWithPages(150, { broken: true }));
		const started = await workersStartedBy(() =>
			expect(paperLoader({ base: 'papers' }).load(context)).rejects.toThrow(
				/^Paper page "zz-broken" \(papers\/zz-broken\.mdx\) could not be loaded: papers\/zz-broken\.mdx:7:7: the expression \{1 \+ 1\} is not supported/,
			),
		);
		expect(started.filter((worker) => !hasEnded(worker))).toEqual([]);
	});

	it('ends the process cleanly with that message and no unhandled rejection', () => {
		const root = projectWithPages(150, { broken: true });
		const script = `
			import { createLoaderContext } from ${JSON.stringify(new URL('../shared/testing/loader-context.ts', import.meta.url).href)};
			import { paperLoader } from ${JSON.stringify(new URL('./paper-loader.ts', import.meta.url).href)};
			process.on('unhandledRejection', (error) => { console.error('unhandled rejection:', error); process.exitCode = 99; });
			try { await paperLoader({ base: 'papers' }).load(createLoaderContext(${JSON.stringify(root)}).context); }
			catch (error) { console.error('build failed: ' + error.message); process.exitCode = 3; }`;
		const run = runScript(script);
		expect(run.stderr).not.toContain('unhandled');
		expect(run.stderr).toMatch(/^build failed: Paper page "zz-broken" \(papers\/zz-broken\.mdx\) could not be loaded: /m);
		expect(run.status).toBe(3);
	});
});

describe('paperLoader on a rebuild', () => {
	/** Pages written a while ago, as a previous build left them: only settled files' stamps are kept. */
	function settledProject(count: number): string {
		const root = projectWithPages(count);
		const past = new Date(Date.now() - 60_000);
		for (let i = 0; i < count; i++) utimesSync(join(root, 'papers', `paper-${String(i).padStart(3, '0')}.mdx`), past, past);
		return root;
	}

	/** Rewrites a page in place with bytes of the same length, then puts its mtime back: its stamp is unchanged. */
	function rewriteKeepingStamp(file: string, from: string, to: string): void {
		const before = statSync(file);
		writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
		utimesSync(file, before.atime, before.mtime);
	}

	it('does not read again a page file whose inode, size and mtime are those it had when last read', async () => {
		const root = settledProject(3);
		const { context, entries } = createLoaderContext(root);
		await paperLoader({ base: 'papers' }).load(context);
		const digest = entries.get('paper-001')!.digest;
		// Bytes changed behind the stamp's back: the loader trusts the stamp, so it does not see them.
		rewriteKeepingStamp(join(root, 'papers', 'paper-001.mdx'), 'Paper 1 in *short*', 'Paper 1 in *brief*');
		await paperLoader({ base: 'papers' }).load(context);
		expect(entries.get('paper-001')!.digest).toBe(digest);
	});

	it('renders again a page whose kept body or record is gone, and keeps the others', async () => {
		const root = settledProject(3);
		const { context, entries } = createLoaderContext(root);
		await paperLoader({ base: 'papers' }).load(context);
		const digest = (id: string) => String(entries.get(id)!.digest);
		const before = new Map([...entries].map(([id]) => [id, digest(id)]));
		const { cacheDir } = context.config;
		rmSync(paperBodyPath(cacheDir, digest('paper-000')));
		rmSync(paperRecordPath(cacheDir, digest('paper-001')));
		await paperLoader({ base: 'papers' }).load(context);
		expect(readPaperBody(cacheDir, before.get('paper-000')!, 'paper-000').html).toContain('<em>short</em>');
		expect(readPaperRecord(cacheDir, before.get('paper-001')!, 'paper-001').id).toBe('paper-001');
		expect(new Map([...entries].map(([id]) => [id, digest(id)]))).toEqual(before);
	});

	it('reads again a page the generator wrote anew, and one hard-linked unchanged is kept', async () => {
		const root = settledProject(3);
		const { context, entries } = createLoaderContext(root);
		await paperLoader({ base: 'papers' }).load(context);
		const before = new Map([...entries].map(([id, entry]) => [id, entry.digest]));
		// The generator's way: a changed page is a new file renamed into place (a new inode), an unchanged one a hard link.
		const changed = join(root, 'papers', 'paper-001.mdx');
		writeFileSync(`${changed}.tmp`, readFileSync(changed, 'utf8').replace('Paper 1 in *short*', 'Paper 1 in *brief*'));
		renameSync(`${changed}.tmp`, changed);
		const kept = join(root, 'papers', 'paper-002.mdx');
		linkSync(kept, `${kept}.link`);
		renameSync(`${kept}.link`, kept);
		await paperLoader({ base: 'papers' }).load(context);
		expect(entries.get('paper-001')!.digest).not.toBe(before.get('paper-001'));
		expect(readPaperBody(context.config.cacheDir, String(entries.get('paper-001')!.digest), 'paper-001').html).toContain('<em>brief</em>');
		expect(entries.get('paper-002')!.digest).toBe(before.get('paper-002'));
	});

	it('keeps the digest of a restored copy the generator found with the bytes of the stamp kept, and reads any other', async () => {
		const root = settledProject(3);
		const { context, entries } = createLoaderContext(root);
		await paperLoader({ base: 'papers' }).load(context);
		const before = new Map([...entries].map(([id, entry]) => [id, entry.digest]));
		const stamp = (id: string) => stampOf(statSync(join(root, 'papers', `${id}.mdx`), { bigint: true }));
		// A restored cache's way: every page a new file with the same bytes (a new inode and mtime), settled.
		const old = new Map(['paper-000', 'paper-001', 'paper-002'].map((id) => [id, stamp(id)]));
		const past = new Date(Date.now() - 30_000);
		for (const id of old.keys()) {
			const file = join(root, 'papers', `${id}.mdx`);
			writeFileSync(`${file}.tmp`, readFileSync(file));
			utimesSync(`${file}.tmp`, past, past);
			renameSync(`${file}.tmp`, file);
		}
		// The generator noted paper-000 (the right old stamp) and paper-001 (an old stamp the loader never kept).
		writePageRestamps(fileURLToPath(context.config.cacheDir), new Map([
			['papers/paper-000.mdx', { from: old.get('paper-000')!, to: stamp('paper-000') }],
			['papers/paper-001.mdx', { from: `${old.get('paper-001')!}0`, to: stamp('paper-001') }],
		]));
		// Bytes changed behind the new stamps' backs: a page read shows them, a page kept by the note does not.
		for (const id of old.keys()) rewriteKeepingStamp(join(root, 'papers', `${id}.mdx`), 'in *short*', 'in *brief*');
		await paperLoader({ base: 'papers' }).load(context);
		expect(entries.get('paper-000')!.digest).toBe(before.get('paper-000'));
		expect(entries.get('paper-001')!.digest).not.toBe(before.get('paper-001'));
		expect(entries.get('paper-002')!.digest).not.toBe(before.get('paper-002'));
	});

	it('reads every page again under another base path, and a page written just before it was read', async () => {
		const root = settledProject(2);
		const { context, entries } = createLoaderContext(root);
		await paperLoader({ base: 'papers' }).load(context);
		const digest = entries.get('paper-000')!.digest;
		rewriteKeepingStamp(join(root, 'papers', 'paper-000.mdx'), 'Paper 0 in *short*', 'Paper 0 in *brief*');
		const rebased = { ...context, config: { ...context.config, base: '/reading/' } } as typeof context;
		await paperLoader({ base: 'papers' }).load(rebased);
		expect(entries.get('paper-000')!.digest).not.toBe(digest);

		// A file written within the file system clock's tick of being read keeps no stamp: it is read next time.
		const fresh = projectWithPages(1);
		const second = createLoaderContext(fresh);
		await paperLoader({ base: 'papers' }).load(second.context);
		const first = second.entries.get('paper-000')!.digest;
		rewriteKeepingStamp(join(fresh, 'papers', 'paper-000.mdx'), 'Paper 0 in *short*', 'Paper 0 in *brief*');
		await paperLoader({ base: 'papers' }).load(second.context);
		expect(second.entries.get('paper-000')!.digest).not.toBe(first);
	});
});

describe('rendererVersion', () => {
	const version = (root: string) => rendererVersion(root, join(root, 'src/loaders'));

	it('is the same for an unchanged tree and changes with a loader module, a module it imports or a dependency', () => {
		const root = copySources();
		const before = version(root);
		expect(version(root)).toBe(before);
		expect(version(copySources())).toBe(before); // wherever the project is

		const loaderEdited = copySources();
		editFile(loaderEdited, 'src/loaders/render-paper-body.ts');
		expect(version(loaderEdited)).not.toBe(before);

		// A module outside src/loaders that the loader imports, found by following its imports.
		const imported = copySources();
		const outside = readSourceFiles(imported, ['src/loaders'], (path) => path.endsWith('.test.ts')).find((file) => !file.path.startsWith('src/loaders/'))!;
		editFile(imported, outside.path);
		expect(version(imported)).not.toBe(before);

		const updated = copySources();
		lockVersion(updated, 'hast-util-to-html', '99.0.0');
		expect(version(updated)).not.toBe(before);
	});

	it('ignores the loader’s tests', () => {
		const root = copySources();
		const before = version(root);
		editFile(root, 'src/loaders/paper-loader.test.ts');
		expect(version(root)).toBe(before);
	});
});
