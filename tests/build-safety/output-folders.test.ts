/**
 * A build replaces only folders it made: `--out` and `--dist` must be new, empty or marked
 * as paperfold output. And the folders given are the ones the site is built from.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';
import { readPage, select, toText } from '../helpers/html.ts';

let root: string;
const generate = (...args: string[]) => runBuild(root, ['--no-site', ...args]);
const listing = (dir: string) => new Map(readdirSync(join(root, dir)).map((f) => [f, readFileSync(join(root, dir, f), 'utf8')]));

beforeEach(() => {
	root = copyProject('paperfold-folders-');
});
afterEach(() => removeCopy(root));

describe('folders paperfold did not make', () => {
	it('refuses --out content/notes and leaves every note as it was (exit 2)', () => {
		writeFileSync(join(root, 'content/notes/some-paper.md'), 'My own thoughts.\n');
		const run = generate('--out', 'content/notes');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--out content/notes: this folder was not made by paperfold (no .paperfold-output file)');
		expect(listing('content/notes')).toEqual(new Map([['some-paper.md', 'My own thoughts.\n']]));
	});

	it('refuses --dist content/sources before generating anything', () => {
		const before = listing('content/sources');
		const run = runBuild(root, ['--dist', 'content/sources']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--dist content/sources: this folder was not made by paperfold');
		expect(listing('content/sources')).toEqual(before);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);
	});

	it("refuses the other output's folder: generated pages are not a site", () => {
		expect(generate().status).toBe(0);
		const run = runBuild(root, ['--dist', 'content/papers']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--dist content/papers: holds paperfold\'s other output ("paperfold papers"), not a built site');
	});

	it('uses a new or empty folder and marks it', () => {
		mkdirSync(join(root, 'empty'));
		expect(generate('--out', 'empty').status).toBe(0);
		expect(readFileSync(join(root, 'empty/.paperfold-output'), 'utf8')).toMatch(/^paperfold papers\n/);
		expect(generate('--out', 'empty').status).toBe(0);
	});
});

describe('content/papers from before the marker', () => {
	it('is replaced when it holds only generated pages, and marked from then on', () => {
		expect(generate().status).toBe(0);
		rmSync(join(root, 'content/papers/.paperfold-output'));
		expect(generate().status).toBe(0);
		expect(existsSync(join(root, 'content/papers/.paperfold-output'))).toBe(true);
	});

	it('is refused when it holds anything else', () => {
		expect(generate().status).toBe(0);
		rmSync(join(root, 'content/papers/.paperfold-output'));
		writeFileSync(join(root, 'content/papers/my-draft.md'), 'not generated\n');
		const run = generate();
		expect(run.status).toBe(2);
		expect(readFileSync(join(root, 'content/papers/my-draft.md'), 'utf8')).toBe('not generated\n');
	});
});

describe('--out, --notes and --dist', () => {
	it('are the folders the site is built from and into', () => {
		mkdirSync(join(root, 'my-notes'));
		rmSync(join(root, 'content/notes'), { recursive: true });
		expect(generate('--out', 'gen/papers').status).toBe(0);
		const id = readdirSync(join(root, 'gen/papers')).find((f) => f.endsWith('.mdx'))!.replace(/\.mdx$/, '');
		writeFileSync(join(root, 'my-notes', `${id}.md`), 'A note kept outside content/notes.\n');

		const run = runBuild(root, ['--out', 'gen/papers', '--notes', 'my-notes', '--dist', 'site']);
		expect(run.status, run.stderr).toBe(0);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);
		expect(existsSync(join(root, 'dist'))).toBe(false);
		const built = readdirSync(join(root, 'site/papers'), { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(built).toHaveLength(readdirSync(join(root, 'gen/papers')).filter((f) => f.endsWith('.mdx')).length);
		const page = readPage(join(root, 'site'), `papers/${id}`);
		expect(toText(select('main', page)!)).toContain('A note kept outside content/notes.');
	});
});
