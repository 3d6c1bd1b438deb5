import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { FEATURES, type FeatureName } from './keyphrase-features.ts';
import { phraseForm } from './phrase-form.ts';
import { KEYPHRASE_MODEL, rankByFeatures, rankKeyphrases, selectKeyphrases } from './select-keyphrases.ts';

/** A candidate's features: its share of the best score and the features `set` names (every other one 0). */
const entry = (text: string, share: number, set: Partial<Record<FeatureName, number>>, entity?: 'introduced') => ({
	candidate: { start: 0, end: text.length, text },
	form: phraseForm(text),
	entity,
	values: FEATURES.map((name) => (name === 'shareOfBest' ? share : (set[name] ?? 0))),
});

/** The shipped scorer with a threshold, as the fit script's models have one. */
const HALF = { ...KEYPHRASE_MODEL, threshold: 0.5 };

const paper = (title: string, abstract: string) => ({ title, abstract, candidates: extractKeyphraseCandidates(abstract) });

describe('selectKeyphrases', () => {
	const papers = [
		paper('Diffusion model distillation', 'We study diffusion model distillation. Diffusion model distillation makes sampling fast with a student network.'),
		paper('Student networks for vision', 'A student network learns image classification from a teacher network.'),
		paper('Protein folding', 'We predict protein structures with a student network and multiple sequence alignments.'),
	];

	it('prefers phrases rare in the collection and written in the title', () => {
		const [first] = selectKeyphrases(papers);
		expect(first![0]!.text).toBe('diffusion model distillation');
	});

	it('ranks a phrase the title holds whole, or one written as a name, over one said once', () => {
		// The evidence's order (the ranked list); the shown list is filled by kind too (`keyphrase-preference.ts`).
		const [{ ranked: chosen }] = rankKeyphrases([
			paper('Sparse attention for long documents', 'We study sparse attention with HexCache for long documents. A recurrent memory cell and a sliding buffer are also used.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		]);
		const order = chosen!.map((c) => c.text);
		expect(order.indexOf('sparse attention')).toBeLessThan(order.indexOf('recurrent memory cell'));
		expect(order.indexOf('HexCache')).toBeLessThan(order.indexOf('recurrent memory cell'));
	});

	it('leaves out a short phrase said once with no title word and no capital when three strong ones remain', () => {
		const [chosen] = selectKeyphrases([
			paper('Sparse attention for long documents', 'We study sparse attention for long documents. A sliding buffer and a recurrent attention gate are also used.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		]);
		const texts = chosen!.map((c) => c.text);
		expect(texts).toContain('recurrent attention gate');
		expect(texts).not.toContain('sliding buffer');
	});

	it('puts the long form of a defined acronym in its place, counting the acronym as its occurrences', () => {
		const [chosen] = selectKeyphrases([
			paper('Editing facts', 'Large language models (LLMs) store facts. We edit LLMs with a rank-one update. LLMs forget, and a memory bank helps.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		]);
		const texts = chosen!.map((c) => c.text);
		expect(texts[0]).toBe('Large language models');
		expect(texts).not.toContain('LLMs');
	});

	it("ranks an entity's name over phrases like it and keeps it rather than a longer phrase that holds it", () => {
		const abstract = 'We test sparse routing on the ScienceQA dataset. A sliding window cache and a recurrent memory gate keep cost low.';
		const start = abstract.indexOf('ScienceQA');
		const withEntity = { ...paper('Sparse routing', abstract), entities: [{ role: 'used' as const, spans: [{ start, end: start + 9, text: 'ScienceQA' }] }] };
		const other = paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.');
		const [plain] = selectKeyphrases([paper('Sparse routing', abstract), other]);
		const [named] = selectKeyphrases([withEntity, other]);
		expect(plain!.map((c) => c.text)).toContain('ScienceQA dataset');
		const texts = named!.map((c) => c.text);
		expect(texts).toContain('ScienceQA');
		expect(texts).not.toContain('ScienceQA dataset');
		expect(texts.indexOf('ScienceQA')).toBeLessThan(texts.indexOf('recurrent memory gate'));
	});

	it('shows the entity names and at most five phrases besides; the collection steps read the longer list', () => {
		const abstract =
			'HexCache is a cache for sparse attention. HexCache keeps a token budget, and HexCache drops old keys. ' +
			'The token budget follows the rotary position encoding, and the layer norm scales the value cache and the layer norm gain. ' +
			'A prefix tree stores shared prompts, a page table maps blocks, and a copy engine moves evicted pages.';
		const other = paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.');
		const start = abstract.indexOf('HexCache');
		const named = { ...paper('HexCache', abstract), entities: [{ role: 'introduced' as const, spans: [{ start, end: start + 8, text: 'HexCache' }] }] };
		const [plain] = rankKeyphrases([paper('HexCache', abstract), other]);
		const [selection] = rankKeyphrases([named, other]);
		// Without entities, five phrases; with one, its name and five phrases.
		expect(plain!.shown).toHaveLength(5);
		expect(selection!.shown[0]!.text).toBe('HexCache');
		expect(selection!.shown).toHaveLength(6);
		// The collection steps read up to ten, ranked as scored, the shown ones among them.
		expect(selection!.ranked.length).toBeGreaterThan(selection!.shown.length);
		expect(selection!.ranked.map((c) => c.text)).toEqual(expect.arrayContaining(selection!.shown.map((c) => c.text)));
	});

	it('ends the list where a phrase is less likely than the threshold of a model that sets one, never before three', () => {
		const abstract =
			'HexCache is a cache for sparse attention. HexCache keeps a token budget, and HexCache drops old keys. ' +
			'The token budget follows the rotary position encoding, and the layer norm scales the value cache and the layer norm gain.';
		const other = paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.');
		const [shipped] = selectKeyphrases([paper('HexCache', abstract), other]);
		const [cut] = selectKeyphrases([paper('HexCache', abstract), other], { model: { ...KEYPHRASE_MODEL, threshold: 0.5 } });
		expect(cut![0]!.text).toBe('HexCache');
		expect(cut!.length).toBeGreaterThanOrEqual(3);
		expect(cut!.length).toBeLessThan(shipped!.length);
		// Each phrase of the shorter list is on the longer one, or a part of one there ("layer norm" of "layer norm gain").
		for (const { text } of cut!) expect(shipped!.some((c) => c.text.includes(text))).toBe(true);
	});

	it('fills the places the evidence gives with an activity before a lone word of like strength, and ranks the collection list as scored', () => {
		// Odds 20·e^share under the shipped scorer with a threshold of one half: "token pruning" falls just under the cut, "tokenizer" just over it.
		const features = [
			entry('HexCache', 0, { oneWord: 1, name: 1 }, 'introduced'),
			entry('sparse attention', -0.5, {}),
			entry('tokenizer', -2.9, { oneWord: 1 }),
			entry('token pruning', -3.05, { gerundHead: 1 }),
		];
		const [selection] = rankByFeatures([features], { model: HALF });
		expect(selection!.shown.map((c) => c.text)).toEqual(['HexCache', 'sparse attention', 'token pruning']);
		expect(selection!.ranked.map((c) => c.text)).toEqual(['HexCache', 'sparse attention', 'tokenizer', 'token pruning']);
	});

	it('lets a longer phrase the evidence backs replace a preferred part of it', () => {
		// "reinforcement learning" is preferred (a defined acronym's long form, an activity); the title's
		// "zero-shot reinforcement learning" is a third as strong by the evidence, enough to replace it.
		const features = [
			entry('reinforcement learning', 0, { definesAcronym: 1, gerundHead: 1 }),
			entry('zero-shot reinforcement learning', -1.2, { gerundHead: 1, threePlusWords: 1 }),
			entry('practice shots', -2.7, {}),
			entry('human problem-solving', -2.8, {}),
		];
		const [selection] = rankByFeatures([features]);
		expect(selection!.shown.map((c) => c.text)).toEqual(['zero-shot reinforcement learning', 'practice shots', 'human problem-solving']);
	});

	it('gives a lone word\'s place to the longer phrase holding it that would replace it, however soon the places fill', () => {
		// Odds 20·e^share, a threshold of one half: the evidence gives three places, and "pruning schedule" is strong enough to
		// replace "pruning" (over 0.3 of its odds); filling by preference, the lone word comes before
		// the activity "token pruning", which comes before the longer phrase and would end the list.
		// The lone word is an activity the abstract defines an acronym for ("Pruning (P)"), written as a
		// name (a lone word written as none is held back further), so preferred enough to come first.
		const features = [
			entry('HexCache', 0, { oneWord: 1, name: 1 }, 'introduced'),
			entry('sparse attention', -0.6, {}),
			entry('pruning', -1.5, { oneWord: 1, name: 1, gerundHead: 1, definesAcronym: 1 }),
			entry('pruning schedule', -2.66, {}),
			entry('token pruning', -3.02, { gerundHead: 1 }),
		];
		const [selection] = rankByFeatures([features], { model: HALF });
		expect(selection!.shown.map((c) => c.text)).toEqual(['HexCache', 'sparse attention', 'pruning schedule']);
	});

	it('gives a phrase\'s place to a longer one holding it that the abstract says again, though weaker', () => {
		// Five places, filled before "audio token sparsity" (a quarter of "token sparsity"'s odds) is reached.
		const features = (longerSaidOnce: boolean) => [
			entry('sparse attention', 0, {}),
			entry('token sparsity', -0.5, {}),
			entry('memory cell', -0.6, {}),
			entry('cache eviction', -0.7, {}),
			entry('decoding speed', -0.8, {}),
			entry('audio token sparsity', -1.9, { threePlusWords: 1, once: Number(longerSaidOnce) }),
		];
		const shown = (longerSaidOnce: boolean) => rankByFeatures([features(longerSaidOnce)])[0]!.shown.map((c) => c.text);
		expect(shown(false)).toEqual(['sparse attention', 'audio token sparsity', 'memory cell', 'cache eviction', 'decoding speed']);
		expect(shown(true)).toContain('token sparsity');
	});

	it('gives a lone word\'s place to a weaker phrase holding it that the abstract says again, unless the word is an acronym', () => {
		// An acronym is written as a name (`writtenAsName`), as its candidate's features say.
		const features = (word: string) => [
			entry(word, 0, { oneWord: 1, definesAcronym: 1, gerundHead: 1, name: /\p{Lu}/u.test(word.slice(1)) ? 1 : 0 }),
			// Weaker than the preferred lone word, held back as a common word (odds 20 × 1.5 × 1.5 × 0.05 = 2.25), which
			// takes the first place; "physical qubits" (a tenth of its odds, under a third) is never reached.
			entry('error correction', -2.19, {}),
			entry('surface codes', -2.2, {}),
			entry('decoder latency', -2.21, {}),
			entry('noise models', -2.22, {}),
			entry('gate fidelity', -2.23, {}),
			entry(`physical ${word}s`, -2.28, { once: 0 }),
		];
		const shown = (word: string) => rankByFeatures([features(word)])[0]!.shown.map((c) => c.text);
		expect(shown('qubit')).toContain('physical qubits');
		expect(shown('QPU')).toContain('QPU');
	});

	it('gives the place of a phrase two longer candidates hold to the strongest of them', () => {
		const features = (holders: string[]) => [
			entry('sea lions', -0.2, { once: 1 }),
			entry('haul-out sites', -0.1, {}),
			entry('pup counts', -0.3, {}),
			entry('aerial surveys', -0.4, {}),
			entry('population decline', -0.5, {}),
			// A sixth phrase: the list ends here, before either holder is reached.
			entry('colony size', -0.6, {}),
			...holders.map((text, i) => entry(text, -1.0 - i * 0.2, { threePlusWords: 1, once: 1 })),
		];
		const shown = (holders: string[]) => rankByFeatures([features(holders)])[0]!.shown.map((c) => c.text);
		expect(shown(['Steller sea lions', 'California sea lions'])).toContain('Steller sea lions');
		expect(shown(['Steller sea lions', 'California sea lions'])).not.toContain('sea lions');
		// One holder said once: the phrase is no stem of several terms, and keeps its place.
		expect(shown(['Steller sea lions'])).toContain('sea lions');
	});

	it('shows two phrases beside the entity names before a list may end', () => {
		const abstract =
			'HexFetch downloads data from GEO and SRA. HexFetch reads GEO and SRA records, and HexFetch writes GEO and SRA tables. ' +
			'It is a command-line tool that standardises sample annotation formats for secondary reanalysis.';
		const mention = (name: string, role: 'introduced' | 'used') => {
			const start = abstract.indexOf(name);
			return { role, spans: [{ start, end: start + name.length, text: name }] };
		};
		const tool = { ...paper('HexFetch', abstract), entities: [mention('HexFetch', 'introduced'), mention('GEO', 'used'), mention('SRA', 'used')] };
		const [shown] = selectKeyphrases([tool, paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.')]);
		const texts = shown!.map((c) => c.text);
		expect(texts.slice(0, 3)).toEqual(expect.arrayContaining(['HexFetch', 'GEO', 'SRA']));
		expect(texts.filter((t) => !['HexFetch', 'GEO', 'SRA'].includes(t)).length).toBeGreaterThanOrEqual(2);
	});

	it('ranks by the model it is given: one that weighs only the first position puts the first phrase first', () => {
		const input = [
			paper('Sparse attention', 'A HexCache buffer helps. We study sparse attention. Sparse attention is fast, and we speed up sparse attention.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		];
		expect(selectKeyphrases(input)[0]![0]!.text).toBe('sparse attention');
		const weights = Object.fromEntries(FEATURES.map((name) => [name, name === 'position' ? -10 : 0])) as typeof KEYPHRASE_MODEL.weights;
		const [byPosition] = selectKeyphrases(input, { model: { bias: 0, weights, threshold: 0 } });
		expect(byPosition![0]!.text).toBe('HexCache buffer');
	});

	it('ranks a phrase higher the earlier the abstract first says it', () => {
		// Evaluation listing scripts/eval/listings/hf-daily-2024-10-25.json, 2410.17243: its first four sentences.
		const title = 'Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss';
		const [first, gpu, tiles, levels] = [
			'Contrastive loss is a powerful approach for representation learning, where larger batch sizes enhance performance by providing more negative samples to better distinguish between similar and dissimilar data.',
			'However, scaling batch sizes is constrained by the quadratic growth in GPU memory consumption, primarily due to the full instantiation of the similarity matrix.',
			'To address this, we propose a tile-based computation strategy that partitions the contrastive loss calculation into arbitrary small blocks, avoiding full materialization of the similarity matrix.',
			'Furthermore, we introduce a multi-level tiling strategy to leverage the hierarchical structure of distributed systems, employing ring-based communication at the GPU level to optimize synchronization and fused kernels at the CUDA core level to reduce I/O overhead.',
		];
		const order = (abstract: string) => rankKeyphrases([paper(title, abstract)])[0]!.ranked.map((c) => c.text);
		const asWritten = order([first, gpu, tiles, levels].join(' '));
		expect(asWritten.indexOf('GPU memory')).toBeLessThan(asWritten.indexOf('similarity matrix'));
		// The same sentences with "GPU memory" said last: the phrase said first now leads.
		const gpuLast = order([first, tiles, levels, gpu].join(' '));
		expect(gpuLast.indexOf('similarity matrix')).toBeLessThan(gpuLast.indexOf('GPU memory'));
	});

	it('keeps no phrase contained in another chosen one', () => {
		for (const chosen of selectKeyphrases(papers)) {
			const forms = chosen.map((c) => phraseForm(c.text));
			for (const a of forms) for (const b of forms) if (a !== b) expect(` ${a} `.includes(` ${b} `)).toBe(false);
		}
	});

	it('shows no phrase whose words a chosen one already says, with words between; the collection list keeps it', () => {
		const [selection] = rankByFeatures([
			[
				entry('4D scene dynamics', 0, { threePlusWords: 1 }),
				entry('4D dynamics', -0.1, {}),
				entry('video diffusion priors', -0.2, { threePlusWords: 1 }),
				entry('physics simulation', -0.3, {}),
				entry('articulated objects', -0.4, {}),
			],
		]);
		expect(selection!.shown.map((c) => c.text)).toEqual(['4D scene dynamics', 'video diffusion priors', 'physics simulation', 'articulated objects']);
		expect(selection!.ranked.map((c) => c.text)).toContain('4D dynamics');
	});

	it('chooses a candidate whole rather than two overlapping parts of it', () => {
		const [chosen] = selectKeyphrases([
			paper('Video generation and generation models', 'We survey video generation models. Video generation is hard, and generation models drift.'),
			paper('Dense retrieval', 'We study dense retrieval with a recurrent encoder.'),
		]);
		const texts = chosen!.map((c) => c.text);
		expect(texts).toContain('video generation models');
		expect(texts).not.toContain('Video generation');
		expect(texts).not.toContain('generation models');
	});

	it('keeps at most `count` verbatim spans per seed paper', () => {
		const seed = loadSeedPapers().map((p) => paper(p.title, p.abstract));
		const chosen = selectKeyphrases(seed, { count: 6 });
		chosen.forEach((list, i) => {
			expect(list.length).toBeGreaterThan(0);
			expect(list.length).toBeLessThanOrEqual(6);
			for (const c of list) expect(seed[i]!.abstract.slice(c.start, c.end)).toBe(c.text);
		});
	});
});
