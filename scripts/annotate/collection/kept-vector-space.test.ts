import { describe, expect, it } from 'vitest';
import { vectorizeKept, type KeptSpace } from './kept-vector-space.ts';
import { bucketedIdf } from './related.ts';
import { vectorDigests } from './related-reuse.ts';
import { collectTextFeatures } from './text-feature-table.ts';
import { vectorize, type FeatureDocument, type VectorSpace } from './vector-space.ts';

/** A small deterministic generator (mulberry32), so a failing seed can be run again. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Few words, so terms are shared widely and a change moves document frequencies across idf buckets.
const WORDS = ['diffusion', 'models', 'Models', 'policy', 'reward', 'offline', 'learning', 'Learning', 'graph', 'neural', 'sparse', 'attention', 'agents', 'robust', 'quantum', 'sampling', 'benchmark', 'data', 'the', 'of'];
const ENTITIES = ['entity:method/clip', 'entity:dataset/mnist', 'keyphrase:diffusion model', 'keyphrase:offline rl', 'entity:method/ppo'];

function paper(next: () => number): FeatureDocument {
	const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
	const extras = Array.from({ length: Math.floor(next() * 3) }, () => {
		const key = pick(ENTITIES);
		return { key, label: next() < 0.5 ? key.split(/[:/]/).at(-1)! : key.toUpperCase(), boost: next() < 0.8 ? 2 : 3 };
	});
	return { title: sentence(3 + Math.floor(next() * 4)), abstract: next() < 0.1 ? '' : `${sentence(8 + Math.floor(next() * 20))}. ${sentence(5)}.`, extra: extras };
}

/** What `related.ts` vectorises: the stable ids over bucketed idf. */
const fromScratch = (docs: readonly FeatureDocument[]): VectorSpace => vectorize(docs, collectTextFeatures(docs), { idf: bucketedIdf, stableIds: true });

const plain = (space: VectorSpace) => ({
	vocabulary: space.vocabulary,
	df: Array.from(space.df),
	labels: space.labels,
	vectors: space.vectors.map((v) => ({ terms: Array.from(v.terms), weights: Array.from(v.weights) })),
});

describe('vectorizeKept', () => {
	it('gives the space vectorize gives, from scratch and patched after each of many changes', () => {
		let patches = 0;
		let digestsKept = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const next = random(seed);
			let docs = Array.from({ length: 60 + Math.floor(next() * 60) }, () => paper(next));
			let kept: KeptSpace | undefined;
			for (let round = 0; round < 8; round++) {
				const made = vectorizeKept(docs, collectTextFeatures(docs), bucketedIdf, kept)!;
				const clean = fromScratch(docs);
				expect(plain(made.space), `seed ${seed}, round ${round}`).toEqual(plain(clean));
				// The vectors' digests it kept are those of a space from scratch.
				const digests = vectorDigests(made.space, made.kept.digests);
				expect(digests).toEqual(vectorDigests(clean));
				if (made.patched) patches++;
				digestsKept += made.kept.digests.filter(Boolean).length;
				kept = { ...made.kept, digests };
				// One to three papers changed: a new abstract, other extras, or a whole other paper.
				docs = docs.slice();
				for (let c = 1 + Math.floor(next() * 3); c > 0; c--) {
					const at = Math.floor(next() * docs.length);
					const other = paper(next);
					const kind = next();
					docs[at] = kind < 0.4 ? { ...docs[at]!, abstract: other.abstract } : kind < 0.7 ? { ...docs[at]!, extra: other.extra } : other;
				}
			}
		}
		// Most rounds after the first were patched, not made again.
		expect(patches).toBeGreaterThan(60);
		expect(digestsKept).toBeGreaterThan(patches * 10);
	});

	it('makes the space from scratch when the number of papers changed', () => {
		const next = random(99);
		const docs = Array.from({ length: 40 }, () => paper(next));
		const first = vectorizeKept(docs, collectTextFeatures(docs), bucketedIdf, undefined)!;
		const fewer = docs.slice(1);
		const made = vectorizeKept(fewer, collectTextFeatures(fewer), bucketedIdf, first.kept)!;
		expect(made.patched).toBe(false);
		expect(plain(made.space)).toEqual(plain(fromScratch(fewer)));
	});

	it('reads a kept paper from the kept space, not its text again', () => {
		const next = random(7);
		const docs = Array.from({ length: 50 }, () => paper(next));
		const first = vectorizeKept(docs, collectTextFeatures(docs), bucketedIdf, undefined)!;
		const changed = docs.map((doc, i) => (i === 10 ? { ...doc, abstract: `${doc.abstract} Sparse quantum agents.` } : doc));
		const table = collectTextFeatures(changed);
		// Every other paper's features emptied: a patch that read them would give another space.
		const hollow = { ...table, docs: table.docs.map((doc, i) => (i === 10 ? doc : { ids: new Int32Array(0), counts: new Float64Array(0), forms: new Int32Array(0) })) };
		const made = vectorizeKept(changed, hollow, bucketedIdf, first.kept)!;
		expect(made.patched).toBe(true);
		expect(plain(made.space)).toEqual(plain(fromScratch(changed)));
	});
});
