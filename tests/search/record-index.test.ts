/**
 * The search index is built from the paper records while Astro renders (src/integrations/
 * pagefind-indexer.ts), not from the built pages, which carry no `data-pagefind-*` attribute.
 * This reads every built paper page as a reader sees it and checks its fragment in the index
 * holds the same: the title, the date, the topics, the entities (and those it introduces),
 * whether it links code, and the abstract's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readSearchFragments } from '../helpers/site-data.ts';

const site = inject('site');
const ids = readdirSync(join(site.dist, 'papers'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const fragments = readSearchFragments(join(site.dist, 'pagefind'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = (elements: Element[]) => elements.map((el) => squash(toText(el)));
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
/** A meta list (`A · B`) as its names; an empty field lists none. */
const listed = (value: string | undefined) => (value ? value.split(' · ') : []);

/** The `dd` after the `dt` named `name` in the page's metadata list. */
function metaValue(page: ReturnType<typeof readPage>, name: string): Element | undefined {
	const list = select('.paper-meta', page)!.children.filter((c): c is Element => c.type === 'element');
	const at = list.findIndex((el) => el.tagName === 'dt' && toText(el) === name);
	return at < 0 ? undefined : list[at + 1];
}

describe('the record-built search index', () => {
	it('has one fragment for every paper page and no other', () => {
		expect(ids.length).toBeGreaterThan(40);
		expect(sorted(fragments.keys())).toEqual(sorted(ids.map((id) => `/papers/${id}/`)));
	});

	it('holds for every paper page what the page shows: title, date, topics, entities, code, abstract', () => {
		for (const id of ids) {
			const page = readPage(site.dist, `papers/${id}/`);
			const fragment = fragments.get(`/papers/${id}/`)!;
			const h1 = select('article h1', page)!;
			// A typeset title shows KaTeX's MathML beside its text: tests/maths checks its search title.
			if (!select('.katex', h1)) expect(fragment.meta.title, id).toBe(squash(toText(h1)));
			const time = select('.paper-meta time', page);
			expect(fragment.meta.date || null, id).toBe(time ? String(time.properties.dateTime) : null);
			expect(fragment.filters.year ?? [], id).toEqual(time ? [String(time.properties.dateTime).slice(0, 4)] : []);
			expect(sorted(fragment.filters.topic ?? []), id).toEqual(sorted(texts(selectAll('a', metaValue(page, 'Topics')!))));
			const links = texts(selectAll('a', metaValue(page, 'Read')!));
			expect(fragment.filters['has code'], id).toEqual([links.some((label) => /^Code\b/.test(label)) ? 'yes' : 'no']);

			// Every chip, linked or plain text (an entity only this paper names has no page to link).
			const chips = texts(selectAll('.entity-groups .chips > li > *', page));
			expect(sorted(fragment.filters.entity ?? []), id).toEqual(sorted(chips));
			expect(sorted(fragment.filters['entity type'] ?? []), id).toEqual(sorted(texts(selectAll('.entity-groups dt', page))));
			expect(sorted(listed(fragment.meta.entities)), id).toEqual(sorted(chips));
			// "Introduces: A (method), B (dataset)": each name is a link, or plain text when it has no page.
			const introduces = select('.introduces', page);
			const introduced = listed(fragment.meta.introduces);
			expect(introduced.length, id).toBe(introduces ? selectAll('.small', introduces).length : 0);
			for (const name of introduced) expect(squash(toText(introduces!)), id).toContain(`${name} (`);
			// Every page declares every meta field (empty where it has none), so a rebuild can patch the index.
			expect(Object.keys(fragment.meta).sort(), id).toEqual(['date', 'entities', 'introduces', 'title']);

			// Excerpts come from the content: the abstract as the page prints it (maths aside, as above).
			const abstract = select('h2#abstract + p', page)!;
			if (!select('.katex', abstract)) expect(squash(fragment.content), id).toContain(squash(toText(abstract)));
		}
	});

	it('is written from the records alone: a built paper page carries no Pagefind attribute', () => {
		for (const id of ids) {
			// Typeset maths in a title keeps KaTeX's markup and MathML out of the index wherever it is written (title-maths.ts).
			const html = readFileSync(join(site.dist, 'papers', id, 'index.html'), 'utf8').replace(/<(annotation|span class="?katex-html"?)[^>]* data-pagefind-ignore(?:="")?/g, '');
			expect(html, id).not.toMatch(/data-pagefind-/);
		}
	});
});
