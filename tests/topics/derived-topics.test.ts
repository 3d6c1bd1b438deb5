/**
 * Derived topics: a small listing from another field builds with derived topics and no
 * paper without a topic. The computer-vision listing is built by the real command with no
 * taxonomy at all (`--taxonomy` names a file that does not exist), under a base path, and the
 * built site is checked: topic pages exist and say they are derived, every paper page links at
 * least one topic and marks it derived, and each topic is named by words its papers use.
 * Then the mixed case, generation only (the MDX pages): the seed and the same listing with the
 * seed's taxonomy, where papers matching no taxonomy rule get derived topics and the others
 * keep theirs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildSite, copyProject, projectRoot, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, selectAll } from '../helpers/html.ts';
import { pageDirs, readPapersJson, textContent, type ExportedCollection } from '../helpers/site-data.ts';

const listing = join(projectRoot, 'scripts/annotate/fixtures/computer-vision/hf-papers-computer-vision.txt');
const MISSING_TAXONOMY = 'content/no-taxonomy-here.yaml';
const base = '/vision/';
let built: BuiltSite;
let collection: ExportedCollection;

beforeAll(() => {
	built = buildSite({ args: ['--source', listing, '--taxonomy', MISSING_TAXONOMY], env: { BASE_PATH: base } });
	collection = readPapersJson(built.dist);
});
afterAll(() => removeCopy(built.root));

const topicLinks = (path: string) =>
	selectAll('main a[href]', readPage(built.dist, path))
		.map((a) => String(a.properties.href))
		.filter((href) => href.startsWith(`${base}topics/`) && href !== `${base}topics/`);
const topicIdOf = (href: string) => href.slice(`${base}topics/`.length).replace(/\/$/, '');

describe('a computer-vision listing built without a taxonomy', () => {
	it('builds every paper of the listing', () => {
		expect(existsSync(join(built.root, MISSING_TAXONOMY))).toBe(false);
		expect(built.stdout).toMatch(/16 papers read, 0 skipped/);
		expect(pageDirs(built.dist, 'papers')).toHaveLength(16);
		expect(collection.papers).toHaveLength(16);
	});

	it('derives topics from the collection and gives every paper at least one', () => {
		expect(collection.topics.length).toBeGreaterThanOrEqual(2);
		for (const topic of collection.topics) expect(topic.derived, topic.id).toBe(true);
		for (const paper of collection.papers) {
			expect(paper.topics.length, paper.id).toBeGreaterThanOrEqual(1);
			for (const topic of paper.topics) expect(topic.derived, `${paper.id}: ${topic.id}`).toBe(true);
		}
	});

	it('builds a topic page for every topic a paper has, marked as derived, and a redirect for each former id', () => {
		const used = new Set(collection.papers.flatMap((p) => p.topics.map((t) => t.id)));
		// A topic named in the plural ("Diffusion models") keeps its singular slug, its id before, as a redirect to it.
		const former = new Map(collection.topics.flatMap((t) => ((t as { formerIds?: string[] }).formerIds ?? []).map((id) => [id, t.id] as const)));
		expect(new Set(pageDirs(built.dist, 'topics'))).toEqual(new Set([...used, ...former.keys()]));
		for (const [id, to] of former) expect(readFileSync(join(built.dist, 'topics', id, 'index.html'), 'utf8'), id).toContain(`url=${base}topics/${to}/`);
		for (const id of used) {
			// A label of its own, not just the word inside the generated description.
			const labels = selectAll('main *', readPage(built.dist, `topics/${id}/`)).filter((el) => textContent(el).trim().toLowerCase() === 'derived');
			expect(labels.length, id).toBeGreaterThanOrEqual(1);
		}
	});

	it('lists every paper on the pages of its topics', () => {
		for (const paper of collection.papers) {
			for (const topic of paper.topics) {
				const listed = selectAll('main a[href]', readPage(built.dist, `topics/${topic.id}/`)).map((a) => String(a.properties.href));
				expect(listed, `${topic.id} lists ${paper.id}`).toContain(`${base}papers/${paper.id}/`);
			}
		}
	});

	it('links at least one existing topic from every paper page, each marked derived', () => {
		for (const paper of pageDirs(built.dist, 'papers')) {
			const page = readPage(built.dist, `papers/${paper}/`);
			const links = topicLinks(`papers/${paper}/`);
			expect(links.length, paper).toBeGreaterThanOrEqual(1);
			for (const href of links) expect(existsSync(join(built.dist, 'topics', topicIdOf(href), 'index.html')), href).toBe(true);
			// Each topic chip sits in a list item that says the topic is derived.
			const items = selectAll('main li', page).filter((li) => selectAll('a[href]', li).some((a) => links.includes(String(a.properties.href))));
			expect(items.length, paper).toBe(links.length);
			for (const li of items) expect(textContent(li).toLowerCase(), `${paper}: ${textContent(li)}`).toContain('derived');
		}
	});

	it('names each derived topic by terms its papers use, but for the papers that carry no topic\'s name', () => {
		for (const topic of collection.topics) {
			// Papers that carry no topic's name are listed together, under a name that says so.
			if (topic.title === 'Other papers') {
				expect(textContent(readPage(built.dist, `topics/${topic.id}/`)), topic.id).toMatch(/carr(?:y|ies) no other derived topic’s name/);
				continue;
			}
			const text = collection.papers
				.filter((p) => p.topics.some((t) => t.id === topic.id))
				.map((p) => `${p.title}\n${p.abstract}`)
				.join('\n')
				.toLowerCase();
			for (const term of topic.title.split(/,\s*/)) expect(text, `${topic.id}: "${term}"`).toContain(term.toLowerCase());
		}
	});
});

describe('the seed and the computer-vision listing together, with the seed’s taxonomy', () => {
	const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
	let root: string;
	let pages: { id: string; topics: { id: string; derived: boolean }[]; sources: { file: string }[] }[];
	let topics: { id: string; derived: boolean }[];

	beforeAll(() => {
		root = copyProject('paperfold-mixed-topics-');
		const run = runBuild(root, ['--no-site', '--source', SEED, '--source', listing]);
		if (run.status !== 0) throw new Error(`generation failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
		const dir = join(root, 'content/papers');
		// The generated MDX, read as a reader's tool would: its YAML frontmatter.
		pages = readdirSync(dir)
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => parseYaml(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1]!));
		topics = JSON.parse(readFileSync(join(dir, '_topics.json'), 'utf8'));
	});
	afterAll(() => removeCopy(root));

	const fromListing = () => pages.filter((p) => p.sources.some((s) => s.file.includes('computer-vision')));

	it('writes a page for every paper of both listings, each with a known topic', () => {
		expect(pages).toHaveLength(48 + 16);
		const known = new Set(topics.map((t) => t.id));
		for (const page of pages) {
			expect(page.topics.length, page.id).toBeGreaterThanOrEqual(1);
			for (const topic of page.topics) expect(known.has(topic.id), `${page.id}: ${topic.id}`).toBe(true);
		}
	});

	it('gives the computer-vision papers, which match no reinforcement-learning rule, derived topics', () => {
		expect(fromListing()).toHaveLength(16);
		for (const page of fromListing()) {
			for (const topic of page.topics) expect(topic.derived, `${page.id}: ${topic.id}`).toBe(true);
		}
		const derived = new Set(topics.filter((t) => t.derived).map((t) => t.id));
		for (const page of fromListing()) for (const topic of page.topics) expect(derived.has(topic.id), topic.id).toBe(true);
	});

	it('keeps the taxonomy topics the seed papers have when built alone', () => {
		const alone = new Map(readPapersJson(inject('site').dist).papers.map((p) => [p.id, p.topics.filter((t) => !t.derived).map((t) => t.id)]));
		const seedPages = pages.filter((p) => p.sources.some((s) => s.file === basename(SEED)));
		expect(seedPages).toHaveLength(48);
		for (const page of seedPages) {
			expect(page.topics.filter((t) => !t.derived).map((t) => t.id), page.id).toEqual(alone.get(page.id));
		}
	});
});
