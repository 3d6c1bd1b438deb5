import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLoaderContext } from '../shared/testing/loader-context.ts';
import { copySources, editFile, lockVersion } from '../shared/testing/source-copy.ts';
import { hasEnded, runScript, workersStartedBy } from '../shared/testing/worker-threads.ts';
import { readSourceFiles } from '../shared/build/source-files.ts';
import { readPaperBody } from './paper-bodies.ts';
import { readPaperRecord } from './paper-records.ts';
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
