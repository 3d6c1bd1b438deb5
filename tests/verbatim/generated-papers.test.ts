/**
 * The verbatim property through the real site: fast-check generates papers
 * whose titles, abstracts and labels are arbitrary Unicode mixed with MDX, HTML and
 * Markdown syntax; they are rendered with `renderPaperMdx`, written with
 * `writeGeneratedDir` into a throwaway copy of the project, and built by a real
 * `astro build`. Each built page must show the title and abstract exactly (parsed
 * with an HTML5 parser, compared by DOM text content), and no element, script or
 * event handler may come from the text.
 *
 * One build holds all generated pages, so the number of examples is bounded
 * (VERBATIM_PAGES, default 30); the fast property with many more examples runs on
 * the MDX compiler in scripts/render/paper-mdx.verbatim.test.ts. A failure prints
 * the seed: VERBATIM_SEED=<seed> reproduces it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { renderPaperMdx, renderTopicsJson } from '../../scripts/render/paper-mdx.ts';
import { arbitraryPaper, asPageText } from '../../scripts/render/testing/arbitrary-paper.ts';
import { writeGeneratedDir } from '../../scripts/write/write-generated.ts';
import { copyProject, removeCopy, userEnv } from '../helpers/build-site.ts';

const count = Number(process.env.VERBATIM_PAGES ?? 30);
const seed = Number(process.env.VERBATIM_SEED ?? Date.now() % 2 ** 31);
const BASE_PATH = '/verbatim-base/';
/** The renderer's hand-made hard cases (ESM at the start, overlapping spans, every syntax character) always run. */
const fixturesDir = join(import.meta.dirname, '../../scripts/render/fixtures');
const fixtures: Paper[] = readdirSync(fixturesDir)
	.sort()
	.map((name) => JSON.parse(readFileSync(join(fixturesDir, name, 'paper.json'), 'utf8')));
const generated: Paper[] = fc.sample(arbitraryPaper(), { numRuns: count, seed }).map((paper, i) => ({ ...paper, id: `verbatim-${i}` }));
const papers = [...fixtures, ...generated];

let root: string;
let dist: string;

beforeAll(async () => {
	root = copyProject('paperfold-verbatim-');
	dist = join(root, 'dist');
	const files = papers.map((paper) => ({ name: `${paper.id}.mdx`, content: renderPaperMdx(paper) }));
	const topicIds = [...new Set(papers.flatMap((paper) => paper.topics.map((topic) => topic.id)))];
	files.push({ name: '_topics.json', content: renderTopicsJson(topicIds.map((id) => ({ id, title: id, description: 'Generated pages.', derived: false }))) });
	await writeGeneratedDir(join(root, 'content/papers'), files, { durable: false });
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: root,
		encoding: 'utf8',
		env: { ...userEnv(), CI: 'true', PAPERFOLD_PAGEFIND: '0', BASE_PATH },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.status !== 0) throw new Error(`astro build failed for seed ${seed} (${run.status}):\n${run.stdout}\n${run.stderr}`);
});
afterAll(() => removeCopy(root));

/** DOM `textContent`: every text node, nothing collapsed (unlike innerText). */
function textContent(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => textContent(child as Nodes)).join('') : '';
}

function elements(node: Nodes): Element[] {
	const own = node.type === 'element' ? [node] : [];
	return 'children' in node ? [...own, ...node.children.flatMap((child) => elements(child as Nodes))] : own;
}

/** Characters that may start LaTeX the page renders: text holding none must show exactly. */
const hasLatex = (text: string) => /[\\$~]/.test(text);

/**
 * Elements, with KaTeX's output counted as one `span.katex` (its insides are KaTeX's markup);
 * maths KaTeX cannot parse is its `span.katex-error`, which shows the source as text.
 */
function elementsOutsideMaths(node: Nodes): Array<Element | { tagName: 'span.katex' }> {
	const className = node.type === 'element' && node.tagName === 'span' ? [node.properties.className].flat() : [];
	if (className.includes('katex') || className.includes('katex-error')) return [{ tagName: 'span.katex' }];
	const own = node.type === 'element' ? [node] : [];
	return 'children' in node ? [...own, ...node.children.flatMap((child) => elementsOutsideMaths(child as Nodes))] : own;
}

function page(id: string): Root {
	return fromHtml(readFileSync(join(dist, 'papers', id, 'index.html'), 'utf8'));
}

/** The first element after the `<h2>` whose text is `title`, among its siblings. */
function afterHeading(tree: Root, title: string): Element | undefined {
	for (const parent of elements(tree)) {
		const children = parent.children.filter((child): child is Element => child.type === 'element');
		const index = children.findIndex((child) => child.tagName === 'h2' && textContent(child).trim() === title);
		if (index !== -1) return children[index + 1];
	}
	return undefined;
}

const describeFailure = (paper: Paper) => `seed ${seed}, ${paper.id}: ${JSON.stringify({ title: paper.title, abstract: paper.abstract })}`;

describe(`${count} generated papers built by astro (seed ${seed})`, () => {
	it.each(papers.map((paper) => [paper.id, paper] as const))('%s shows its title exactly, or typeset where it holds LaTeX', (_, paper) => {
		const h1 = elements(page(paper.id)).find((element) => element.tagName === 'h1');
		expect(h1, describeFailure(paper)).toBeDefined();
		// LaTeX (`\`, `$`, `~`) is typeset like the abstract's (tests/maths); every other title shows exactly.
		if (!hasLatex(paper.title)) expect(textContent(h1!), describeFailure(paper)).toBe(paper.title);
		// Either way the title makes no element but KaTeX's and the renderer's unbroken "word --" span.
		const made = elementsOutsideMaths(h1!)
			.slice(1)
			.map((element) => ('properties' in element && element.tagName === 'span' && [element.properties.className].flat().includes('no-break') ? 'span.no-break' : element.tagName));
		expect(made.filter((tag) => !['span.katex', 'span.no-break'].includes(tag)), describeFailure(paper)).toEqual([]);
	});

	it.each(papers.map((paper) => [paper.id, paper] as const))('%s shows its abstract exactly, marked only by the renderer', (_, paper) => {
		const abstract = afterHeading(page(paper.id), 'Abstract');
		expect(abstract?.tagName, describeFailure(paper)).toBe('p');
		// LaTeX (`\`, `$`, `~`) is shown rendered (tests/maths); every other text shows exactly.
		if (!hasLatex(paper.abstract)) expect(asPageText(textContent(abstract!)), describeFailure(paper)).toBe(asPageText(paper.abstract));
		// The renderer's own marks: links, acronyms, claims, the TL;DR in bold, the empty role
		// labels (problem, approach, results) and a structured abstract's headings — nothing else,
		// whatever the text holds.
		const spanClass = (element: Element) => ['role', 'abstract-heading'].find((name) => [element.properties.className].flat().includes(name));
		const made = elementsOutsideMaths(abstract!)
			.slice(1)
			.map((element) => ('properties' in element && element.tagName === 'span' && spanClass(element) ? `span.${spanClass(element)}` : element.tagName));
		expect(made.filter((tag) => !['a', 'abbr', 'mark', 'strong', 'span.katex', 'span.role', 'span.abstract-heading'].includes(tag)), describeFailure(paper)).toEqual([]);
	});

	it.each(papers.map((paper) => [paper.id, paper] as const))('%s links only its annotations, entities under the base path', (_, paper) => {
		const links = elements(afterHeading(page(paper.id), 'Abstract')!).filter((element) => element.tagName === 'a');
		const hrefs = links.map((link) => String(link.properties.href));
		const unexpected = hrefs.filter((href) => !href.startsWith(`${BASE_PATH}entities/`) && !paper.links.some((link) => link.url === href));
		expect(unexpected, describeFailure(paper)).toEqual([]);
	});

	it.each(papers.map((paper) => [paper.id, paper] as const))('%s has no script or event handler from its text', (_, paper) => {
		const all = elements(page(paper.id));
		const payloadScripts = all.filter((element) => element.tagName === 'script' && /alert\(/.test(textContent(element)));
		const handlers = all.flatMap((element) => Object.keys(element.properties).filter((name) => /^on/i.test(name)));
		// The layout writes no <style> (its script-only buttons are hidden by global.css); any hiding style came from the text.
		const styles = all.filter((element) => element.tagName === 'style' && textContent(element).includes('display:none'));
		expect({ payloadScripts: payloadScripts.length, handlers, styles: styles.length }, describeFailure(paper)).toEqual({ payloadScripts: 0, handlers: [], styles: 0 });
	});
});
