import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paperBodiesDir, paperBodyPath, prunePaperBodies, readPaperBody, writePaperBody } from './paper-bodies.ts';

const body = { html: '<h2 id="tldr">TL;DR</h2><p>We propose <abbr title="x">X</abbr> — 93.2%.</p>', headings: [{ depth: 2, slug: 'tldr', text: 'TL;DR' }] };
const cache = () => mkdtempSync(join(tmpdir(), 'paper-bodies-'));

describe('paperBodyPath', () => {
	it('names the body by digest inside the cache folder, for a path or a file URL', () => {
		const dir = cache();
		expect(paperBodyPath(dir, 'abc123')).toBe(join(dir, 'paper-bodies', 'abc123.json'));
		expect(paperBodyPath(pathToFileURL(`${dir}/`), 'abc123')).toBe(join(dir, 'paper-bodies', 'abc123.json'));
	});

	it('refuses a digest that could leave the folder', () => {
		expect(() => paperBodyPath(cache(), '../x')).toThrow(/Not a content digest/);
	});
});

describe('writePaperBody and readPaperBody', () => {
	it('round-trip the HTML and headings exactly', () => {
		const dir = cache();
		writePaperBody(paperBodyPath(dir, 'd1'), body);
		expect(readPaperBody(dir, 'd1', 'some-paper')).toEqual(body);
		expect(readdirSync(paperBodiesDir(dir))).toEqual(['d1.json']); // no temporary file left
	});

	it('names the page when its body is missing', () => {
		expect(() => readPaperBody(cache(), 'nope', 'lamo-paper')).toThrow(/paper page lamo-paper .*missing/);
		expect(() => readPaperBody(cache(), undefined, 'lamo-paper')).toThrow(/lamo-paper has no content digest/);
	});
});

describe('prunePaperBodies', () => {
	it('keeps the bodies still in use and deletes the rest, leftovers included', () => {
		const dir = cache();
		for (const digest of ['keep', 'old']) writePaperBody(paperBodyPath(dir, digest), body);
		writeFileSync(join(paperBodiesDir(dir), 'keep.json.123.abc.tmp'), '{');
		expect(prunePaperBodies(dir, new Set(['keep']))).toBe(2);
		expect(readdirSync(paperBodiesDir(dir))).toEqual(['keep.json']);
	});

	it('does nothing when no body was ever written', () => {
		const dir = cache();
		expect(prunePaperBodies(dir, new Set())).toBe(0);
		expect(existsSync(paperBodiesDir(dir))).toBe(false);
	});
});
