/**
 * A page body rendered ahead (`renderPaperBody`, from the text fields alone) makes exactly the
 * page `renderPaperMdx` makes, and a body that cannot be made is left to the page's own rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { BODY_FIELDS, renderPaperBody, renderPaperMdx, renderPaperMdxWithBody } from './paper-mdx.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const cases = readdirSync(fixturesDir).sort();
const loadPaper = (name: string): Paper => JSON.parse(readFileSync(`${fixturesDir}${name}/paper.json`, 'utf8'));
const onlyBodyFields = (paper: Paper) => Object.fromEntries(BODY_FIELDS.map((field) => [field, paper[field]])) as Pick<Paper, (typeof BODY_FIELDS)[number]>;

describe('renderPaperBody', () => {
	it.each(cases)('fixture %s: from the body fields alone, makes the page renderPaperMdx makes', (name) => {
		const paper = loadPaper(name);
		const body = renderPaperBody(onlyBodyFields(paper));
		expect(body).toBeTypeOf('string');
		expect(renderPaperMdxWithBody(paper, body)).toBe(renderPaperMdx(paper));
		expect(renderPaperMdx(paper).endsWith(`\n---\n\n${body}`)).toBe(true);
	});

	it('fills the defaults the page schema gives, as the page does', () => {
		const paper = loadPaper('basic');
		// A claim without `about` and `measure`: the schema makes them [] and null.
		const claims = paper.claims.map(({ about: _about, measure: _measure, ...claim }) => claim) as Paper['claims'];
		const bare = { ...paper, claims };
		expect(paper.claims.length).toBeGreaterThan(0);
		const body = renderPaperBody(onlyBodyFields(bare));
		expect(body).toBeTypeOf('string');
		expect(renderPaperMdxWithBody(bare, body)).toBe(renderPaperMdx(bare));
	});

	it('prints no Abstract heading for a paper the listing gives no abstract, leaving the page to say so', () => {
		const paper = loadPaper('basic');
		const bare = { ...onlyBodyFields(paper), abstract: '', abstractSections: [], links: [], tldr: null, summary: { problem: [], approach: [], results: [] }, entities: [], acronyms: [], claims: [] };
		expect(renderPaperBody(bare)).toBe('');
	});

	it('gives nothing for fields the schema rejects, so the page reports them', () => {
		const paper = loadPaper('basic');
		expect(renderPaperBody({ ...onlyBodyFields(paper), tldr: { start: 'zero', end: 3, text: 'Des' } } as never)).toBeUndefined();
		expect(renderPaperBody({ ...onlyBodyFields(paper), claims: [{ value: 'x' }] } as never)).toBeUndefined();
	});
});

describe('renderPaperMdxWithBody', () => {
	it('checks the record as renderPaperMdx does, whatever body it is given', () => {
		const paper = loadPaper('basic');
		const body = renderPaperBody(onlyBodyFields(paper));
		expect(() => renderPaperMdxWithBody({ ...paper, topics: [] }, body)).toThrow(/Paper "in-context-preference-learning".*topics/);
		// Spans are checked here, not when the body was rendered ahead.
		const tldr = { start: 0, end: 99_999, text: 'x' };
		expect(() => renderPaperMdxWithBody({ ...paper, tldr }, renderPaperBody({ ...onlyBodyFields(paper), tldr }))).toThrow(/span tldr .* characters long/);
	});
});
