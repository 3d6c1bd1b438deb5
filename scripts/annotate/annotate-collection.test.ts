import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PaperSchema } from '../../src/shared/paper-schema.ts';
import { TopicSchema } from '../../src/shared/topic-schema.ts';
import { parseHfPapersPage } from '../ingest/hf-page.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import type { RawPaper } from '../ingest/types.ts';
import { annotateCollection, prepareCollection } from './annotate-collection.ts';
import { assignTopics } from './collection/topics.ts';
import { annotateText } from './annotate-text.ts';
import { emptyLexicons, parseLexicons } from './lexicons.ts';
import { parseTaxonomy } from './taxonomy.ts';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');
const taxonomy = parseTaxonomy(read('../../content/taxonomy.yaml'), 'content/taxonomy.yaml');
const lexicons = parseLexicons(
	readdirSync(path('../../content/lexicons/'))
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ file: `content/lexicons/${name}`, text: read(`../../content/lexicons/${name}`) })),
);
const seed = parseHfPapersPage(read('../../content/sources/hf-papers-few-shot-rl.txt'), 'content/sources/hf-papers-few-shot-rl.txt').papers;
const vision = parseHfPapersPage(read('./fixtures/computer-vision/hf-papers-computer-vision.txt'), 'hf-papers-computer-vision.txt').papers;

describe('annotateCollection', () => {
	const result = annotateCollection(seed, { taxonomy, lexicons });

	it('builds one schema-valid Paper per seed paper, keys in schema order', () => {
		expect(result.papers).toHaveLength(seed.length);
		const keys = Object.keys(PaperSchema().shape);
		for (const paper of result.papers) {
			expect(PaperSchema().parse(paper)).toEqual(paper);
			expect(Object.keys(paper)).toEqual(keys);
		}
	});

	it('takes text annotations given for a paper instead of making them', () => {
		const texts = seed.map((raw) => annotateText(raw, lexicons));
		texts[0] = { ...texts[0], tldr: texts[0].summary.problem[0]! };
		const given = annotateCollection(seed, { taxonomy, lexicons, texts });
		expect(given.papers[0].tldr).toEqual(texts[0].tldr);
		expect(given.papers[0].tldr).not.toEqual(result.papers[0].tldr);
		expect(given.papers.slice(1)).toEqual(result.papers.slice(1));
	});

	it('gives the taxonomy topic ids it matched, and takes those given for a paper instead of matching again', () => {
		const prepared = prepareCollection(seed, { taxonomy });
		expect(prepared.taxonomyTopics).toEqual(seed.map((raw) => assignTopics(raw, taxonomy).map((t) => t.id)));
		const given = prepareCollection(seed, { taxonomy, taxonomyTopics: [['no-such-topic']] });
		expect(given.paperTopics[0]).toEqual([{ id: 'no-such-topic', derived: false }]);
		expect(given.paperTopics.slice(1)).toEqual(prepared.paperTopics.slice(1));
	});

	it('is deterministic: a second run is deep-equal, key order included', () => {
		const again = annotateCollection(seed, { taxonomy, lexicons });
		expect(JSON.stringify(again)).toBe(JSON.stringify(result));
	});

	it('gives every seed paper 1–3 taxonomy topics and lists exactly the topics in use, in taxonomy order', () => {
		for (const paper of result.papers) {
			expect(paper.topics.length).toBeGreaterThanOrEqual(1);
			expect(paper.topics.length).toBeLessThanOrEqual(3);
			expect(paper.topics.every((t) => !t.derived)).toBe(true);
		}
		const used = new Set(result.papers.flatMap((p) => p.topics.map((t) => t.id)));
		expect(result.topics.map((t) => t.id)).toEqual(taxonomy.topics.map((t) => t.id).filter((id) => used.has(id)));
		for (const topic of result.topics) expect(TopicSchema().parse(topic)).toEqual(topic);
	});

	it('uses slugs as ids and points related papers at existing ids', () => {
		const ids = new Set(result.papers.map((p) => p.id));
		expect(ids.size).toBe(result.papers.length);
		expect(result.slugCollisions).toEqual([]);
		const dpt = result.papers.find((p) => p.title === 'Supervised Pretraining Can Learn In-Context Reinforcement Learning')!;
		expect(dpt.id).toBe('supervised-pretraining-can-learn-in-context-reinforcement-learning');
		const relic = result.papers.find((p) => p.title.startsWith('ReLIC'))!;
		expect(dpt.related.map((r) => r.id)).toContain(relic.id);
		const towards = result.papers.find((p) => p.title === 'Towards Robust Zero-Shot Reinforcement Learning')!;
		expect(towards.related.map((r) => r.id)).toContain('on-zero-shot-reinforcement-learning');
		for (const paper of result.papers) for (const r of paper.related) expect(ids.has(r.id)).toBe(true);
	});

	it('keeps every annotation span true to the abstract', () => {
		for (const paper of result.papers) {
			const spans = [
				...(paper.tldr ? [paper.tldr] : []),
				...paper.summary.problem, ...paper.summary.approach, ...paper.summary.results,
				...paper.entities.flatMap((e) => e.spans),
				...paper.acronyms.map((a) => a.span),
				...paper.claims.flatMap((c) => [c.value, c.sentence, ...(c.measure ? [c.measure] : [])]),
				...paper.links.flatMap((l) => (l.span ? [l.span] : [])),
			];
			for (const s of spans) expect(paper.abstract.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('derives topics for a listing from another field, leaving no paper without one', () => {
		const cv = annotateCollection(vision, { taxonomy, lexicons: emptyLexicons() });
		for (const paper of cv.papers) {
			expect(PaperSchema().parse(paper)).toEqual(paper);
			expect(paper.topics.length).toBeGreaterThanOrEqual(1);
			expect(paper.topics.every((t) => t.derived)).toBe(true);
		}
		expect(cv.topics.length).toBeGreaterThanOrEqual(3);
		expect(cv.topics.every((t) => t.derived && t.description.startsWith('Derived from this collection'))).toBe(true);
		const ids = new Set(cv.topics.map((t) => t.id));
		for (const paper of cv.papers) for (const t of paper.topics) expect(ids.has(t.id)).toBe(true);
	});

	it('derives every topic when there is no taxonomy at all', () => {
		const none = annotateCollection(seed.slice(0, 12), { taxonomy: null, lexicons });
		expect(none.papers.every((p) => p.topics.length >= 1 && p.topics.every((t) => t.derived))).toBe(true);
		expect(none.topics.every((t) => t.derived)).toBe(true);
	});

	it('mixes taxonomy and derived topics when only some papers match a rule', () => {
		const mixed = annotateCollection([seed[0], ...vision.slice(0, 6)], { taxonomy, lexicons });
		expect(mixed.papers[0].topics.every((t) => !t.derived)).toBe(true);
		expect(mixed.papers.slice(1).every((p) => p.topics.every((t) => t.derived))).toBe(true);
		expect(mixed.topics[0].derived).toBe(false);
		expect(mixed.topics.at(-1)!.derived).toBe(true);
	});

	it('resolves same-titled papers to distinct slugs and reports the collision', () => {
		const twin: RawPaper = { ...seed[1], arxivId: '2312.08901', sources: [{ ...seed[1].sources[0], line: 999 }] };
		const { papers, slugCollisions } = annotateCollection([seed[1], twin], { taxonomy, lexicons });
		expect(papers.map((p) => p.id)).toEqual([
			// Neither keeps the bare slug: the one without an arXiv id takes its publication date.
			'boosting-llm-reasoning-push-the-limits-of-few-shot-learning-with-reinforced-in-2023-12-14',
			'boosting-llm-reasoning-push-the-limits-of-few-shot-learning-with-reinforced-in-2312-08901',
		]);
		expect(slugCollisions).toHaveLength(1);
		expect(slugCollisions[0]).toContain('(arXiv id)');
	});

	it('returns an empty collection for no papers', () => {
		expect(annotateCollection([], { taxonomy, lexicons })).toEqual({ papers: [], topics: [], slugCollisions: [], keyphraseSelections: [], relatedSearch: { papers: [], capped: {} }, rekeyed: [] });
	});

	it('gives any collection of any text schema-valid papers with 1–3 topics and distinct ids', () => {
		const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max });
		fc.assert(
			fc.property(fc.array(fc.record({ title: text(40), abstract: text(300) }), { maxLength: 8 }), (items) => {
				const raws = items.map((item, i) => createRawPaper({ ...item, source: { file: 'random.txt', format: 'hf-page', line: i + 1 } }));
				const { papers, topics } = annotateCollection(raws, { taxonomy, lexicons: emptyLexicons() });
				const topicIds = new Set(topics.map((t) => t.id));
				expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
				for (const paper of papers) {
					expect(PaperSchema().parse(paper)).toEqual(paper);
					expect(paper.topics.every((t) => topicIds.has(t.id))).toBe(true);
				}
			}),
			{ numRuns: 100 },
		);
	});
});
