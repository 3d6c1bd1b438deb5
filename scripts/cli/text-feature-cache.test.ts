import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bucketedIdf } from '../annotate/collection/related.ts';
import { collectTextFeatures, type DocumentWords, type TextFeatureTable } from '../annotate/collection/text-feature-table.ts';
import { vectorize } from '../annotate/collection/vector-space.ts';
import { textKey } from './generation-cache.ts';
import { TextFeatureCache } from './text-feature-cache.ts';

const seeds = [
	['Offline Reinforcement Learning with Diffusion Policies', 'We train diffusion policies for offline reinforcement learning and beat strong baselines on D4RL.'],
	['Sparse Attention for Long Documents', 'Sparse attention lets transformers read long documents; we study block sparse attention patterns.'],
	['Graph Neural Networks for Molecules', 'Graph neural networks predict molecular properties; message passing over bonds helps.'],
	['Reward Models from Preference Data', 'Reward models trained on preference data align language models with human judgment.'],
	['Speech Recognition at Scale', 'Large speech recognition models transcribe many languages with weak supervision.'],
	['Vision Transformers without Convolutions', 'Vision transformers split images into patches and apply attention to them.'],
	['Retrieval Augmented Generation', 'Retrieval augmented generation grounds language models in retrieved documents.'],
	['Contrastive Learning of Image Features', 'Contrastive learning pulls augmented views together and pushes other images apart.'],
].map(([title, abstract]) => ({ title: title!, abstract: abstract! }));
// Sixteen papers: a rebuild reuses the table while at most a quarter of them changed or left.
const papers = [...seeds, ...seeds.map((paper) => ({ title: `Revisiting ${paper.title}`, abstract: `${paper.abstract} We revisit it.` }))];

/** A table's meaning: per paper, its features, counts and forms as strings, in its own order. */
const content = (table: TextFeatureTable) =>
	table.docs.map((doc) => Array.from(doc.ids, (id, k) => [table.features[id], doc.counts[k], table.forms[doc.forms[k]!]]));

const vectors = (docs: readonly { title: string; abstract: string }[], table: TextFeatureTable) =>
	vectorize(docs.map((doc) => ({ ...doc, extra: [] })), table, { idf: bucketedIdf, stableIds: true });

const dirs: string[] = [];
const cacheFile = () => {
	const dir = mkdtempSync(join(tmpdir(), 'text-feature-cache-'));
	dirs.push(dir);
	return join(dir, 'text-features.v8');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('TextFeatureCache', () => {
	it('collects a first table as collectTextFeatures does', () => {
		const table = new TextFeatureCache(cacheFile(), 'v1').table(papers, papers.map(textKey));
		expect(content(table)).toEqual(content(collectTextFeatures(papers)));
	});

	it("takes unchanged papers' features from the saved table and reads only the changed ones, giving what a table from scratch gives", () => {
		const file = cacheFile();
		const first = new TextFeatureCache(file, 'v1');
		first.table(papers, papers.map(textKey));
		first.save();
		// One abstract changed, one paper left out, one added, the order changed.
		const changed = [
			papers[3]!,
			{ ...papers[1]!, abstract: `${papers[1]!.abstract} Dilated windows extend the context further.` },
			papers[0]!,
			{ title: 'Protein Folding with Language Models', abstract: 'Protein language models predict folding structure from sequences alone.' },
			...papers.slice(4, 8),
			...papers.slice(8),
		];
		const keys = changed.map(textKey);
		const read = new Set([1, 3]);
		// Words that would give other features: read for an unchanged paper, they would show.
		const bogus: DocumentWords = { words: ['bogus'], title: [0], abstract: [] };
		const words = changed.map((_, i) => (read.has(i) ? undefined : bogus));
		const again = new TextFeatureCache(file, 'v1').table(changed, keys, words);
		const scratch = collectTextFeatures(changed);
		expect(content(again)).toEqual(content(scratch));
		expect(vectors(changed, again)).toEqual(vectors(changed, scratch));
	});

	it('collects afresh under another generator version, or when most papers changed', () => {
		const file = cacheFile();
		const first = new TextFeatureCache(file, 'v1');
		first.table(papers, papers.map(textKey));
		first.save();
		const bogus: DocumentWords = { words: ['bogus'], title: [0], abstract: [] };
		const otherVersion = new TextFeatureCache(file, 'v2').table(papers, papers.map(textKey), papers.map(() => bogus));
		expect(content(otherVersion)).toEqual(content(collectTextFeatures(papers, papers.map(() => bogus))));
		const mostChanged = papers.map((paper, i) => (i < 5 ? { ...paper, abstract: `${paper.abstract} Code is released.` } : paper));
		const table = new TextFeatureCache(file, 'v1').table(mostChanged, mostChanged.map(textKey));
		expect(content(table)).toEqual(content(collectTextFeatures(mostChanged)));
	});
});
