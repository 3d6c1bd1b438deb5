/**
 * One paper page: `Paper` record → frontmatter + mdast body → MDX text.
 *
 * The body is an mdast tree serialised by mdast-util-to-markdown with the MDX and GFM
 * extensions, which escape whatever the text holds (`{`, `<`, `*`, `|`, `#` …), so any
 * title or abstract comes out verbatim on the page and HTML in it stays inert text.
 * Pure and deterministic: the same paper always gives the same bytes.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { paperSchema, type AbstractSection, type Paper } from '../../src/shared/paper-schema.ts';
import { validateRecord } from '../../src/shared/validate-record.ts';
import { abstractWithRoles } from './abstract-roles.ts';
import { assertSpansMatchAbstract } from './check-spans.ts';
import { generatedNotice, renderFrontmatter } from '../../src/shared/frontmatter.ts';
import { entityKey, entityPath } from '../../src/shared/urls.ts';
import { inertText } from './inert-text.ts';
import { unsafePrefilter } from './unsafe-prefilter.ts';

export { renderTopicsJson } from './topics-json.ts';

/**
 * Escapes that MDX and likely future plugins need beyond the stock extensions:
 * `import `/`export ` at the start of a line would be parsed as JavaScript ESM, and `$`
 * would start math if remark-math were ever added (escaping it is harmless without).
 */
const guardExtension: ToMarkdownOptions = {
	unsafe: [
		{ character: 'i', atBreak: true, after: 'mport[\\t ]' },
		{ character: 'e', atBreak: true, after: 'xport[\\t ]' },
		// Not line breaks to MDX, but to JavaScript regexes (`/^export/m`) that tools may scan pages with.
		{ character: 'i', before: '[\\u2028\\u2029]', after: 'mport[\\t ]' },
		{ character: 'e', before: '[\\u2028\\u2029]', after: 'xport[\\t ]' },
		{ character: '$', inConstruct: 'phrasing' },
	],
};

const markdownOptions: ToMarkdownOptions = {
	// Unpadded table cells: long sentences make padded tables unreadable in diffs.
	extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false }), guardExtension, unsafePrefilter],
	bullet: '-',
	emphasis: '_',
	strong: '*',
	fences: true,
	listItemIndent: 'one',
	// `<https://…>` autolinks are not valid MDX: always write `[text](url)`.
	resourceLink: true,
};

/** The fields of a record its page body shows: none comes from the collection steps. */
export const BODY_FIELDS = ['abstract', 'abstractSections', 'links', 'tldr', 'summary', 'entities', 'acronyms', 'claims'] as const;

/** What the page body of a paper is made from. */
export type BodyFields = Pick<Paper, (typeof BODY_FIELDS)[number]>;

/** Validates a paper and renders its complete `.mdx` page. Throws naming the paper and field. */
export function renderPaperMdx(paper: Paper): string {
	return renderPaperMdxWithBody(paper, undefined);
}

/**
 * `renderPaperMdx` with the page body already rendered, or undefined to render it here: `body`
 * is `renderPaperBody` of this paper's `BODY_FIELDS`, rendered ahead while the collection steps
 * ran. The page is byte for byte the same either way, and checked the same way first.
 */
export function renderPaperMdxWithBody(paper: Paper, body: string | undefined): string {
	const valid = parsePaper(paper);
	assertSpansMatchAbstract(valid);
	const frontmatter = renderFrontmatter(valid, generatedNotice(valid.id));
	return `---\n${frontmatter}---\n\n${body ?? toMarkdown(paperBody(valid), markdownOptions)}`;
}

let bodySchema: ReturnType<typeof makeBodySchema> | undefined;
const makeBodySchema = () => paperSchema().pick(Object.fromEntries(BODY_FIELDS.map((field) => [field, true])) as Record<(typeof BODY_FIELDS)[number], true>);

/**
 * The page body of a paper from its text fields alone, or undefined when they do not make one
 * (fields that fail the schema, or a body that cannot be rendered): the whole page's rendering
 * then renders the body again and reports the problem naming the paper, so nothing is thrown
 * here. Spans are checked when the page is put together (`renderPaperMdxWithBody`).
 */
export function renderPaperBody(fields: BodyFields): string | undefined {
	const parsed = (bodySchema ??= makeBodySchema()).safeParse(fields);
	if (!parsed.success) return undefined;
	try {
		return toMarkdown(paperBody(parsed.data), markdownOptions);
	} catch {
		return undefined;
	}
}

function parsePaper(paper: unknown): Paper {
	const id = typeof (paper as { id?: unknown })?.id === 'string' ? (paper as { id: string }).id : '(no id)';
	return validateRecord(paperSchema(), paper, `Paper "${id}"`, 'the page schema');
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ');
const cellText = (value: string): PhrasingContent[] => inertText(oneLine(value));
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

/**
 * The page body: the claims table and the abstract (when the source gives one), each sentence printed once with its role
 * marked in place, then the parts the source joined to the abstract under their own headings.
 * The TL;DR, entities and the rest come from the frontmatter on the page.
 */
export function paperBody(paper: BodyFields): Root {
	const children: RootContent[] = [];
	if (paper.claims.length > 0) children.push(heading(2, 'Claims'), claimsTable(paper));
	// A paper listed without an abstract has none to print: its page says so in the abstract's place.
	if (paper.abstract !== '') children.push(heading(2, 'Abstract'), paragraph(abstractWithRoles(paper)));
	for (const section of paper.abstractSections) children.push({ type: 'heading', depth: 2, children: inertText(oneLine(section.heading)) }, ...abstractSection(section));
	return { type: 'root', children };
}

/** A part joined to the abstract as the journal prints it: a list of its lines, or its paragraphs. */
function abstractSection(section: AbstractSection): RootContent[] {
	const paragraphs = section.items.map((item) => paragraph(inertText(oneLine(item))));
	if (!section.list) return paragraphs;
	const list: List = { type: 'list', ordered: false, spread: false, children: paragraphs.map((p) => ({ type: 'listItem', spread: false, children: [p] })) };
	return [list];
}

/** The claims as a table: each number, what it measures and whom it is about, a column none fills left out. */
function claimsTable(paper: BodyFields): Table {
	const names = new Map(paper.entities.map((entity) => [entityKey(entity.type, entity.id), entity]));
	const measures = paper.claims.some((claim) => claim.measure);
	const abouts = paper.claims.some((claim) => claim.about.length > 0);
	const titles = ['Number', ...(measures ? ['Measures'] : []), ...(abouts ? ['About'] : [])];
	const header: TableRow = { type: 'tableRow', children: titles.map((title) => cell([text(title)])) };
	const rows = paper.claims.map((claim): TableRow => {
		const about: PhrasingContent[] = [];
		claim.about.forEach((key, i) => {
			if (i > 0) about.push(text(', '));
			const entity = names.get(key);
			if (entity) about.push({ type: 'link', url: entityPath(entity.type, entity.id), children: [text(oneLine(entity.name))] });
			else about.push(...cellText(key));
		});
		// The annotated noun phrase, or nothing: never a fragment of the sentence around the number.
		const cells = [cell(cellText(claim.value.text))];
		if (measures) cells.push(cell(cellText(claim.measure?.text ?? '')));
		if (abouts) cells.push(cell(about));
		return { type: 'tableRow', children: cells };
	});
	return { type: 'table', align: titles.map(() => null), children: [header, ...rows] };
}
