import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/shared/random.ts';
import { keptReasonKinds } from './kept-reason-kinds.ts';
import { vectorizeKept, type KeptSpace } from './kept-vector-space.ts';
import { bucketedIdf } from './related.ts';
import { reasonKinds } from './related-reasons.ts';
import { collectTextFeatures } from './text-feature-table.ts';
import { vectorize, type FeatureDocument } from './vector-space.ts';

// Four words, so word pairs are held by about half the papers and a change moves them in and out of the theme.
const WORDS = ['diffusion', 'models', 'reward', 'the'];

function paper(next: () => number): FeatureDocument {
	const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
	const sentence = (length: number) => Array.from({ length }, pick).join(' ');
	// Keyphrases written in two ways ("reward models", "Reward Models"), so labels move with the votes.
	const extra = Array.from({ length: Math.floor(next() * 3) }, () => {
		const label = `${pick()} ${pick()}`;
		return { key: `keyphrase:${label}`, label: next() < 0.5 ? label : label.toUpperCase(), boost: 2 };
	});
	return { title: sentence(3), abstract: `${sentence(8 + Math.floor(next() * 12))}.`, extra };
}

describe('keptReasonKinds', () => {
	it('gives the kinds reasonKinds gives from scratch, round after round of patched spaces', () => {
		let reused = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const next = mulberry32(seed);
			let docs = Array.from({ length: 40 + Math.floor(next() * 40) }, () => paper(next));
			let kept: KeptSpace | undefined;
			for (let round = 0; round < 8; round++) {
				const isCommon = (df: number) => bucketedIdf(df, docs.length) < Math.LN2;
				const made = vectorizeKept(docs, collectTextFeatures(docs), bucketedIdf, kept)!;
				const { kinds, byTerm } = keptReasonKinds(made.space, isCommon, made.kept, kept, made.patched);
				const clean = vectorize(docs, collectTextFeatures(docs), { idf: bucketedIdf, stableIds: true });
				expect(Array.from(kinds), `seed ${seed}, round ${round}`).toEqual(Array.from(reasonKinds(clean, isCommon)));
				if (made.patched && kept?.kinds) reused++;
				kept = { ...made.kept, kinds: byTerm };
				docs = docs.slice();
				for (let c = 1 + Math.floor(next() * 2); c > 0; c--) docs[Math.floor(next() * docs.length)] = paper(next);
			}
		}
		expect(reused).toBeGreaterThan(20);
	});

	it('reads every term again when the space was made from scratch', () => {
		const next = mulberry32(3);
		const docs = Array.from({ length: 30 }, () => paper(next));
		const isCommon = (df: number) => bucketedIdf(df, docs.length) < Math.LN2;
		const first = vectorizeKept(docs, collectTextFeatures(docs), bucketedIdf, undefined)!;
		// Kinds that no term can have: reused, they would show.
		const wrong = { ...first.kept, kinds: new Uint8Array(first.kept.terms.length).fill(255) };
		const { kinds } = keptReasonKinds(first.space, isCommon, first.kept, wrong, false);
		expect(Array.from(kinds)).toEqual(Array.from(reasonKinds(first.space, isCommon)));
	});
});
