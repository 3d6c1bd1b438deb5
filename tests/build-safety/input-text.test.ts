/**
 * Input is text or it is refused: binary files and undecodable text stop the build with
 * the file and byte offset; UTF-16 with a byte-order mark reads like UTF-8; a record too
 * big for a page is skipped by name; pages never show where a listing lay on disk.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

let root: string;
const seed = () => readFileSync(join(root, 'content/sources/hf-papers-few-shot-rl.txt'), 'utf8');
const pages = () => readdirSync(join(root, 'content/papers')).filter((f) => f.endsWith('.mdx')).sort();
const generate = (...args: string[]) => runBuild(root, ['--no-site', ...args]);
const frontmatter = (page: string) => parseFrontmatter(readFileSync(join(root, 'content/papers', page), 'utf8')).frontmatter;

beforeEach(() => {
	root = copyProject('paperfold-text-');
});
afterEach(() => removeCopy(root));

describe('a source that is not text', () => {
	it('refuses a PNG with its byte offset and writes nothing (exit 1)', () => {
		writeFileSync(join(root, 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
		const run = generate('--source', 'logo.png');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('logo.png:1: error: not UTF-8 text: invalid byte 0x89 at byte offset 0');
		expect(run.stdout).not.toMatch(/removed/);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);
	});

	it('refuses UTF-16 without a byte-order mark at its first NUL, and keeps the pages built before', () => {
		expect(generate().status).toBe(0);
		const before = pages();
		writeFileSync(join(root, 'list.txt'), Buffer.from(seed(), 'utf16le'));
		const run = generate('--source', 'list.txt');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/list\.txt:1: error: a NUL character at byte offset 1 .*UTF-16 without a byte-order mark/);
		expect(run.stderr).toContain('0 papers read, 0 skipped, 1 file failed: no paper could be read from list.txt');
		expect(pages()).toEqual(before);
	});

	it('names the line of an invalid byte deep in a listing', () => {
		const text = seed();
		const cut = text.indexOf('\n', 2000) + 1;
		writeFileSync(join(root, 'list.txt'), Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(cut))]));
		const run = generate('--source', 'list.txt');
		const line = text.slice(0, cut).split('\n').length;
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`list.txt:${line}: error: not UTF-8 text: invalid byte 0xc3 at byte offset ${Buffer.byteLength(text.slice(0, cut))}`);
	});
});

describe('UTF-16 with a byte-order mark', () => {
	it('reads exactly like the UTF-8 listing, in either byte order', () => {
		expect(generate().status).toBe(0);
		const utf8 = new Map(pages().map((page) => [page, frontmatter(page)]));
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(), 'utf16le')]);
		for (const [name, bytes] of [['le.txt', le], ['be.txt', Buffer.from(le).swap16()]] as const) {
			writeFileSync(join(root, name), bytes);
			const run = generate('--source', name);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toMatch(/48 papers read, 0 skipped/);
			expect(pages()).toEqual([...utf8.keys()]);
			for (const page of pages()) {
				const { sources, ...data } = frontmatter(page);
				const { sources: utf8Sources, ...utf8Data } = utf8.get(page)!;
				expect(data).toEqual(utf8Data);
				expect(sources).toEqual((utf8Sources as { file: string }[]).map((s) => ({ ...s, file: name })));
			}
		}
	});
});

describe('a record too big for a page', () => {
	it('is skipped with its file and line, and the rest of the file is read', () => {
		const paper = (id: string, abstract: string) => ({ paper: { id, title: `Paper ${id}`, summary: abstract, authors: [{ name: 'A. Author' }], publishedAt: '2024-01-02T00:00:00.000Z' } });
		const listing = [paper('2401.00001', 'A short abstract about learning.'), paper('2401.00002', 'words'.repeat(1_000_000))];
		writeFileSync(join(root, 'big.json'), JSON.stringify(listing, null, 2));
		const run = generate('--source', 'big.json');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/big\.json:\d+: warning: the abstract of "Paper 2401\.00002" is 5,000,000 characters; paperfold takes at most 20,000/);
		expect(run.stdout).toMatch(/1 papers read, 1 skipped/);
		expect(pages()).toHaveLength(1);
	});
});

describe('the sources a page names', () => {
	it('are file names, never a path of the build machine', () => {
		const outside = mkdtempSync(join(tmpdir(), 'paperfold-elsewhere-'));
		try {
			writeFileSync(join(outside, 'listing.txt'), seed());
			const run = generate('--source', relative(root, join(outside, 'listing.txt')));
			expect(run.status, run.stderr).toBe(0);
			for (const page of pages()) {
				expect((frontmatter(page).sources as { file: string }[]).map((s) => s.file)).toEqual(['listing.txt']);
			}
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
