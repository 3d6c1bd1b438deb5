/**
 * Acronyms and marked abstracts, on the built default site (`inject('site')`, under a
 * GitHub Pages base path): the glossary of acronyms, and the marked abstract of every paper
 * page — exactly the abstract of `papers.json`, with links to entity pages, highlighted claim numbers
 * and `<abbr>` definitions at the offsets of their spans.
 */
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { showsLongForm } from '../../src/shared/acronym-long-form.ts';
import { plural } from '../../src/lib/text.ts';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { collectEntities, hasPage, href, placeElements, readPapersJson, siteLinks, textContent, type ExportedPaper } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const papers = readPapersJson(site.dist).papers;
const { entityHref, fileOf } = siteLinks(site.dist, base);
const entities = collectEntities(papers);

describe('the glossary page', () => {
	const page = () => readPage(site.dist, 'glossary/');

	it('defines RLHF as "Reinforcement Learning from Human Feedback" in an <abbr title>', () => {
		const abbr = selectAll('abbr[title]', page()).find((a) => textContent(a).trim() === 'RLHF');
		expect(abbr?.properties.title).toBe('Reinforcement Learning from Human Feedback');
	});

	it('is counted on the home page in the number the glossary holds ("1 acronym", never "1 acronyms")', () => {
		const count = selectAll('dt', page()).length;
		expect(textContent(select('main', readPage(site.dist, ''))!)).toContain(`Glossary · ${plural(count, 'acronym')}`);
	});

	it('collects every acronym the papers define, with its long form', () => {
		const terms = new Map(selectAll('dt', page()).map((dt) => [textContent(dt).trim(), dt]));
		const text = textContent(select('main', page())!);
		for (const paper of papers) {
			for (const acronym of paper.acronyms) {
				expect(terms.has(acronym.short), `${paper.id}: ${acronym.short}`).toBe(true);
				expect(text.toLowerCase(), `${paper.id}: ${acronym.long}`).toContain(acronym.long.toLowerCase());
			}
		}
	});
});

describe('the abstract on every paper page', () => {
	/** The paragraph after the Abstract heading, its marked elements placed by offset. */
	const abstractOf = (paper: ExportedPaper) => {
		const p = select('h2#abstract + p', readPage(site.dist, `papers/${paper.id}/`));
		expect(p, `${paper.id}: abstract paragraph`).toBeDefined();
		return { text: textContent(p!), placed: placeElements(p!) };
	};
	/** Every annotation span of a paper that the page could mark. */
	const markable = (paper: ExportedPaper) => [
		...paper.entities.flatMap((e) => e.spans),
		...paper.acronyms.map((a) => a.span),
		...paper.claims.map((c) => c.value),
		...paper.links.flatMap((l) => (l.span ? [l.span] : [])),
	];
	const overlapsAnother = (paper: ExportedPaper, span: { start: number; end: number }) =>
		markable(paper).some((other) => other !== span && other.start < span.end && span.start < other.end);

	// LaTeX in an abstract (`45\%`, `\oni`, `$…$`) is shown rendered, so its text and offsets on the
	// page differ from the source there: tests/maths checks those pages; the rest show it exactly.
	const shownAsSource = papers.filter((paper) => !/[\\$~]/.test(paper.abstract));

	it('is the abstract of papers.json, exactly (where it holds no LaTeX)', () => {
		expect(shownAsSource.length).toBeGreaterThan(papers.length - 5);
		for (const paper of shownAsSource) expect(abstractOf(paper).text, paper.id).toBe(paper.abstract);
	});

	it('links entity spans to their entity pages under the base, at their exact offsets, where the entity has a page', () => {
		let links = 0;
		for (const paper of shownAsSource) {
			const { placed } = abstractOf(paper);
			const entityLinks = placed.filter((p) => p.element.tagName === 'a' && href(p.element).startsWith(`${base}entities/`));
			// No invented link: each one sits on a span of the entity it points to, and its page exists.
			for (const link of entityLinks) {
				const entity = paper.entities.find((e) => entityHref(e.type, e.id) === href(link.element));
				expect(entity, `${paper.id}: ${href(link.element)}`).toBeDefined();
				expect(entity!.spans.some((s) => s.start === link.start && s.end === link.end), `${paper.id}: "${link.text}" at ${link.start}`).toBe(true);
				expect(existsSync(fileOf(href(link.element))), href(link.element)).toBe(true);
			}
			// One link per entity, no later than its first mention that no other annotation overlaps.
			for (const e of paper.entities) {
				const mine = entityLinks.filter((l) => href(l.element) === entityHref(e.type, e.id));
				expect(mine.length, `${paper.id}: ${e.type}/${e.id} linked more than once`).toBeLessThanOrEqual(1);
				// An entity only this paper names has no page: its name stays text.
				if (!hasPage(entities.get(`${e.type}/${e.id}`)!)) {
					expect(mine, `${paper.id}: ${e.type}/${e.id} has no page`).toEqual([]);
					continue;
				}
				const first = [...e.spans].sort((a, b) => a.start - b.start).find((span) => !overlapsAnother(paper, span));
				if (!first) continue;
				expect(mine[0]?.start, `${paper.id}: ${e.type}/${e.id} "${first.text}" at ${first.start}`).toBeLessThanOrEqual(first.start);
			}
			links += entityLinks.length;
		}
		expect(links).toBeGreaterThan(10);
	});

	it('highlights the numbers of its claims', () => {
		let marks = 0;
		for (const paper of shownAsSource) {
			const { placed } = abstractOf(paper);
			const marked = placed.filter((p) => p.element.tagName === 'mark');
			for (const mark of marked) {
				expect(paper.claims.some((c) => c.value.start === mark.start && c.value.end === mark.end), `${paper.id}: "${mark.text}"`).toBe(true);
			}
			for (const claim of paper.claims) {
				if (overlapsAnother(paper, claim.value)) continue;
				expect(marked.some((m) => m.start === claim.value.start && m.end === claim.value.end), `${paper.id}: "${claim.value.text}"`).toBe(true);
			}
			marks += marked.length;
		}
		expect(marks).toBeGreaterThan(25);
	});

	it('marks each acronym definition with <abbr>, titled with its long form only where the marked text does not show it', () => {
		let abbrs = 0;
		let titleless = 0;
		for (const paper of papers) {
			const { placed } = abstractOf(paper);
			const marked = placed.filter((p) => p.element.tagName === 'abbr');
			for (const abbr of marked) {
				const acronym = paper.acronyms.find((a) => a.span.start === abbr.start && a.span.end === abbr.end);
				expect(acronym, `${paper.id}: "${abbr.text}"`).toBeDefined();
				const shown = showsLongForm(abbr.text, acronym!.long);
				expect(abbr.element.properties.title, `${paper.id}: "${abbr.text}"`).toBe(shown ? undefined : acronym!.long);
				if (shown) titleless++;
			}
			for (const acronym of paper.acronyms) {
				if (overlapsAnother(paper, acronym.span)) continue;
				expect(marked.some((m) => m.start === acronym.span.start && m.end === acronym.span.end), `${paper.id}: ${acronym.short}`).toBe(true);
			}
			abbrs += marked.length;
		}
		expect(abbrs).toBeGreaterThan(20);
		expect(titleless).toBeGreaterThan(10);
	});

	it('shows "up to 4.55% absolute improvement" of CoT-Max with 4.55% highlighted, and CoT-Max, which only it names, unlinked', () => {
		const paper = papers.find((p) => p.title.startsWith('Boosting LLM Reasoning'))!;
		const { placed, text } = abstractOf(paper);
		expect(placed.some((p) => p.element.tagName === 'mark' && p.text === '4.55%')).toBe(true);
		expect(text).toContain('CoT-Max');
		expect(placed.some((p) => p.element.tagName === 'a' && p.text === 'CoT-Max')).toBe(false);
	});
});
