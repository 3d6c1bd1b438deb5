/**
 * What Pagefind indexes of a paper page, as a small HTML document built from the paper's
 * record, so the index can be made while Astro is still rendering the pages (pagefind.ts).
 * It is the only place the `data-pagefind-*` attributes are written (the pages carry none,
 * so every page is lighter): the page's h1 title (its word weight and the `title` meta), the
 * meta and filters of what `PaperMeta.astro` and `EntityChips.astro` show (date, year, has code,
 * topics, entities), the rendered body (whose Claims section gets `data-pagefind-ignore` here:
 * `markIgnoredSections`; the Abstract and the parts joined to it are indexed) and the reader's
 * note. Parts of the page left out of the index (TL;DR, keyphrases, related papers, cite) are
 * not here.
 * Every page declares the same meta fields (title, date, introduces, entities), empty where it
 * has none: Pagefind lists the fields its pages use, and a rebuild can patch the index with a
 * changed page only when that list is the same (pagefind-patch.ts).
 * tests/search/record-index.test.ts checks the index against what the built pages show.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { entityGroups, entityMetaList, entityName, type EntityNames } from '../lib/entity-groups.ts';
import { entityTypeLabel } from '../lib/entity-types.ts';
import { hasCode } from '../lib/paper-links.ts';
import { hasLatex, titleHtml, titleText } from '../lib/title-maths.ts';
import type { Paper } from '../shared/paper-schema.ts';

/** What a paper page shows besides its record. */
export interface SearchPageParts {
	/** Topic titles by topic id (the collection's topics). */
	topicTitles: ReadonlyMap<string, string>;
	/** Collection-wide entity names by `type/id`. */
	entityNames: EntityNames;
	/** The page body as the paper loader rendered it (paper-bodies.ts). */
	bodyHtml: string;
	/** The reader's note as HTML, or null. */
	noteHtml: string | null;
}

const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;

/** The body sections the index leaves out: they quote the abstract again. */
const QUOTING_SECTIONS = new Set(['claims']);

/**
 * The page body with every section but the indexed ones kept out of the index
 * (`<section data-pagefind-ignore="">`): its sections are exactly `<section><h2 …>` as
 * rehype-sections.ts writes them, so they are marked here, in the index's document, and the
 * pages go without the attribute.
 */
export const markIgnoredSections = (bodyHtml: string): string =>
	bodyHtml.replace(/<section>(?=<h2(?: id="([^"]*)")?[ >])/g, (section, id?: string) => (id !== undefined && !QUOTING_SECTIONS.has(id) ? section : '<section data-pagefind-ignore="">'));

/** The h1: a typeset title is searched as its text form (`data-title`), a plain one as written. */
function titleHeading(title: string): Element {
	if (!hasLatex(title)) return h('h1', { dataPagefindMeta: 'title' }, title);
	const typeset = titleHtml(title);
	return h('h1', { dataPagefindMeta: 'title[data-title]', dataTitle: titleText(title) }, typeset === null ? title : raw(typeset));
}

/** The meta list's filters and date meta (PaperMeta.astro), kept out of the text. */
function metaList(paper: Paper, topicTitles: ReadonlyMap<string, string>): Element {
	return h('dl', { class: 'paper-meta', dataPagefindIgnore: '' }, [
		paper.published
			? h('time', { datetime: paper.published, dataPagefindMeta: 'date[datetime]', dataPagefindFilter: `year:${paper.published.slice(0, 4)}` })
			: h('span', { hidden: true, dataPagefindMeta: 'date:' }),
		h('ul', { dataPagefindFilter: `has code:${hasCode(paper) ? 'yes' : 'no'}` }),
		h('ul', paper.topics.map((t) => h('li', h('a', { dataPagefindFilter: 'topic' }, topicTitles.get(t.id) ?? t.id)))),
	]);
}

/** The entity meta and filters (EntityChips.astro), kept out of the text as the page's section is. */
function entityList(paper: Paper, names: EntityNames): Element[] {
	const introduced = paper.entities.filter((e) => e.role === 'introduced');
	const groups = entityGroups(paper.entities);
	return [
		h('span', { hidden: true, dataPagefindMeta: `introduces:${entityMetaList(introduced, names)}` }),
		...(groups.length
			? [
					h(
						'section',
						{ dataPagefindIgnore: '' },
						h(
							'dl',
							{ dataPagefindMeta: `entities:${entityMetaList(paper.entities, names)}` },
							groups.flatMap((g) => [
								h('dt', { dataPagefindFilter: 'entity type' }, entityTypeLabel(g.type)),
								h('dd', h('ul', g.items.map((e) => h('li', h('a', { dataPagefindFilter: 'entity' }, entityName(e, names)))))),
							]),
						),
					),
				]
			: [h('span', { hidden: true, dataPagefindMeta: 'entities:' })]),
	];
}

/** The HTML document Pagefind indexes for `paper`'s page. */
export function searchPageHtml(paper: Paper, parts: SearchPageParts): string {
	const article = h('article', { dataPagefindBody: '' }, [
		titleHeading(paper.title),
		metaList(paper, parts.topicTitles),
		...entityList(paper, parts.entityNames),
		h('div', { class: 'prose' }, raw(markIgnoredSections(parts.bodyHtml))),
		parts.noteHtml === null
			? null
			: h('section', { ariaLabelledby: 'notes', class: 'notes' }, [h('h2', { id: 'notes', dataPagefindIgnore: '' }, 'Notes'), h('div', { class: 'prose' }, raw(parts.noteHtml))]),
	]);
	const tree: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'en' }, [h('head', h('title', titleText(paper.title))), h('body', article)])] };
	return toHtml(tree, { allowDangerousHtml: true });
}
