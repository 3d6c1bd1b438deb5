import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { bucketedIdf, findRelatedPapersReusing, type RelatedInput, type RelatedOptions, type RelatedSearch } from './related.ts';
import { deserialize, serialize } from 'node:v8';
import { collectTextFeatures } from './text-feature-table.ts';
import type { KeptSpace } from './kept-vector-space.ts';
import { vectorize } from './vector-space.ts';
import { mulberry32 } from '../../../src/shared/random.ts';

const seedText = readFileSync(fileURLToPath(new URL('../../../content/sources/hf-papers-few-shot-rl.txt', import.meta.url)), 'utf8');
const sentences = parseHfPapersPage(seedText, 'hf-papers-few-shot-rl.txt').papers.flatMap((p) => p.abstract.split(/(?<=\.)\s+/));
// Papers made of the seed's sentences, enough that one change leaves most of them as they were.
const random = mulberry32(7);
const pick = () => sentences[Math.floor(random() * sentences.length)]!;
const seed: RelatedInput[] = Array.from({ length: 300 }, (_, i) => ({
	id: `paper-${i}`,
	title: `${pick().slice(0, 60)} (Method${i})`,
	abstract: Array.from({ length: 5 }, pick).join(' '),
	keyphrases: i % 3 === 0 ? ['reinforcement learning'] : [],
	entities: i % 4 === 0 ? [{ key: 'method/ppo', name: 'PPO' }] : [],
}));

/** The seed with paper `at` changed by `change`. */
const editing = (at: number, change: (paper: RelatedInput) => RelatedInput) => seed.map((paper, i) => (i === at ? change(paper) : paper));
/** JSON round trip, as the cache keeps a search. */
const kept = (search: RelatedSearch) => JSON.parse(JSON.stringify(search)) as RelatedSearch;
const reusedCount = (search: RelatedSearch, from: RelatedSearch) => search.papers.filter((paper, i) => paper === from.papers[i]).length;

// Small caps and shortlists, so that capped postings, and papers entering and leaving them, occur among 300 papers.
const small: RelatedOptions = { k: 3, postingCap: 20, queryTerms: 12 };

// Whether most papers keep their list: a larger edit moves more counts into other buckets, and may search all again.
const edits: [string, (paper: RelatedInput) => RelatedInput, boolean][] = [
	['a sentence added to the abstract', (p) => ({ ...p, abstract: `${p.abstract} We also release an extended evaluation suite.` }), true],
	['an entity and a keyphrase added', (p) => ({ ...p, entities: [...(p.entities ?? []), { key: 'method/dqn', name: 'DQN' }], keyphrases: ['sample efficiency'] }), true],
	['the abstract cut to its first half', (p) => ({ ...p, abstract: p.abstract.slice(0, p.abstract.length >> 1) }), false],
	['a new title', (p) => ({ ...p, title: 'Offline Policy Learning for Humanoid Robots' }), false],
];

describe('findRelatedPapersReusing', () => {
	for (const options of [{}, small]) {
		for (const [edit, change, reuses] of edits) {
			it(`gives what a search from scratch gives after ${edit}, with ${options === small ? 'small caps' : 'the default limits'}`, () => {
				const before = kept(findRelatedPapersReusing(seed, undefined, options));
				for (const at of [0, 170, 299]) {
					const changed = editing(at, change);
					const reused = findRelatedPapersReusing(changed, before, options);
					expect(reused).toEqual(findRelatedPapersReusing(changed, undefined, options));
					if (reuses) expect(reusedCount(reused, before)).toBeGreaterThan(seed.length / 2);
				}
			});
		}
	}

	it('gives what a search from scratch gives, round after round, with its vector space kept and patched', () => {
		const next = mulberry32(11);
		let papers = seed;
		let search: RelatedSearch | undefined;
		let file: Buffer | undefined;
		let patchedRounds = 0;
		for (let round = 0; round < 5; round++) {
			const text = collectTextFeatures(papers);
			let space: KeptSpace | undefined;
			// As the cache keeps them: the space V8-serialised, the search as JSON.
			const keptSpace = { kept: file && (deserialize(file) as KeptSpace), keep: (kept: KeptSpace) => (space = kept) };
			const last = search && kept(search);
			const reused = findRelatedPapersReusing(papers, last, { ...small, text, keptSpace });
			expect(reused, `round ${round}`).toEqual(findRelatedPapersReusing(papers, undefined, small));
			if (last && reusedCount(reused, last) > papers.length / 2) patchedRounds++;
			[search, file] = [reused, serialize(space)];
			// One paper changed a round, as a rebuild after one edit: a sentence or an entity added.
			const at = Math.floor(next() * papers.length);
			papers = papers.map((paper, i) => (i === at ? edits[round % 2]![1](paper) : paper));
		}
		expect(patchedRounds).toBeGreaterThan(2);
	});

	it('searches no paper again when nothing changed', () => {
		const before = kept(findRelatedPapersReusing(seed, undefined, small));
		expect(reusedCount(findRelatedPapersReusing(seed, before, small), before)).toBe(seed.length);
	});

	it('searches every paper again when a paper is added, since every index moves', () => {
		const before = kept(findRelatedPapersReusing(seed.slice(1), undefined, small));
		const reused = findRelatedPapersReusing(seed, before, small);
		expect(reusedCount(reused, before)).toBe(0);
		expect(reused).toEqual(findRelatedPapersReusing(seed, undefined, small));
	});
});

describe('bucketedIdf', () => {
	it('gives counts in one bucket the same idf, and keeps it above zero up to every paper', () => {
		expect(bucketedIdf(203, 9999)).toBe(bucketedIdf(204, 9999));
		expect(bucketedIdf(1, 9999)).toBe(Math.log(10000));
		expect(bucketedIdf(300, 300)).toBeGreaterThan(0);
	});

	it('leaves the vectors of the other papers as they were when a change keeps every count in its bucket', () => {
		const space = (docs: RelatedInput[]) => vectorize(docs, undefined, { idf: bucketedIdf, stableIds: true });
		const before = space(seed);
		// "learning" is in nearly every abstract: one more mention changes no paper count.
		const after = space(editing(5, (p) => ({ ...p, abstract: `${p.abstract} Learning helps.` })));
		const termsOf = (s: ReturnType<typeof space>, i: number) => Array.from(s.vectors[i]!.terms, (t) => s.vocabulary[t]);
		for (const i of [0, 20, 40]) {
			expect(termsOf(after, i)).toEqual(termsOf(before, i));
			expect(after.vectors[i]!.weights).toEqual(before.vectors[i]!.weights);
		}
	});
});
