/**
 * The command line as people use it: `node scripts/build.ts --no-site …` in a copy of the
 * project. Generation only (no Astro), so these run in seconds. Idempotence and notes are
 * covered in tests/regenerate/regenerate.test.ts.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject, projectRoot, removeCopy, runBuild } from '../helpers/build-site.ts';

const fixtures = join(projectRoot, 'scripts/ingest/fixtures');
let root: string;
const pages = () => readdirSync(join(root, 'content/papers')).filter((f) => f.endsWith('.mdx')).sort();
const generate = (...args: string[]) => runBuild(root, ['--no-site', ...args]);

beforeEach(() => {
	root = copyProject('paperfold-cli-');
});
afterEach(() => removeCopy(root));

describe('the command line', () => {
	it('prints its help and exits 0', () => {
		const run = generate('--help');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('--source FILE|GLOB');
		expect(run.stdout).toContain('Exit codes');
	});

	it('rejects an unknown option with exit code 2', () => {
		const run = generate('--sauce', 'x.txt');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/Unknown option '--sauce'/);
	});

	it('says which --source matched no file', () => {
		const run = generate('--source', 'nowhere/*.bib');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--source nowhere/*.bib: no file matches');
	});
});

describe('bad input', () => {
	const truncated = join(fixtures, 'hf-json-truncated/daily.json');

	it('stops when a whole file yields no paper, naming it, and writes nothing', () => {
		const run = generate('--source', 'content/sources/hf-papers-few-shot-rl.txt', '--source', truncated);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/hf-json-truncated\/daily\.json:\d+:\d+: error: /);
		expect(run.stderr).toMatch(/48 papers read, 0 skipped, 1 file failed: no paper could be read from \S*hf-json-truncated\/daily\.json/);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);
	});

	it('gives a missing file the same exit code as a glob that matches nothing', () => {
		const run = generate('--source', 'nowhere.bib');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--source nowhere.bib: no such file');
	});

	it('fails with --strict and leaves the previous pages exactly as they were', () => {
		generate();
		const before = new Map(pages().map((f) => [f, readFileSync(join(root, 'content/papers', f), 'utf8')]));
		const run = generate('--strict', '--source', join(fixtures, 'bibtex-unclosed/papers.bib'));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/bibtex-unclosed\/papers\.bib:8: warning: .*never closed; expected a matching "}"/);
		expect(run.stderr).toContain('nothing was written');
		expect(new Map(pages().map((f) => [f, readFileSync(join(root, 'content/papers', f), 'utf8')]))).toEqual(before);
	});

	it('exits 1 when no paper could be read at all', () => {
		const run = generate('--source', join(fixtures, 'arxiv-atom-not-atom/rss.xml'));
		expect(run.status).toBe(1);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);
	});
});

describe('several sources at once', () => {
	it('merges the seed with overlapping JSON and BibTeX into one page per paper', () => {
		const run = generate(
			'--source', 'content/sources/hf-papers-few-shot-rl.txt',
			'--source', join(fixtures, 'overlap/papers.json'),
			'--source', join(fixtures, 'overlap/papers.bib'),
		);
		expect(run.status).toBe(0);
		expect(pages()).toHaveLength(48);
		const lamo = readFileSync(join(root, 'content/papers', pages().find((f) => f.startsWith('unleashing-the-power'))!), 'utf8');
		const { frontmatter } = parseFrontmatter(lamo);
		expect(frontmatter.arxivId).toBe('2310.20587');
		expect((frontmatter.sources as { format: string }[]).map((s) => s.format)).toEqual(['hf-page', 'hf-json', 'bibtex']);
	});
});

describe('rebuilding after one abstract changed', () => {
	it('annotates and renders only that paper (and pages whose related list moved)', () => {
		const seed = join(root, 'content/sources/hf-papers-few-shot-rl.txt');
		expect(generate().stdout).toContain('48 papers annotated and 48 pages rendered');
		const before = new Map(pages().map((f) => [f, statSync(join(root, 'content/papers', f)).mtimeMs]));
		const text = readFileSync(seed, 'utf8');
		writeFileSync(seed, text.replace('Full code is available at https://github.com/s4nyam/RAMario.', 'Full code is at https://github.com/s4nyam/RAMario.'));

		const run = generate();
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^1 papers annotated and \d+ pages rendered/m);
		const changed = pages().filter((f) => statSync(join(root, 'content/papers', f)).mtimeMs !== before.get(f));
		expect(changed).toContain(pages().find((f) => f.startsWith('ramario'))!);
		expect(changed.length).toBeLessThan(10);
		const rendered = Number(/and (\d+) pages rendered/.exec(run.stdout)![1]);
		expect(rendered).toBe(changed.length);
	});
});
