import { describe, expect, it } from 'vitest';
import { bestLongForm, extractAcronyms } from './acronyms.ts';
import { loadSeedPapers } from '../fixtures/seed.ts';

const defs = (text: string) => Object.fromEntries(extractAcronyms(text).map((a) => [a.short, a.long]));

describe('extractAcronyms', () => {
	it('finds "long form (SHORT)" with a span over the whole definition', () => {
		const text = 'We propose In-Context Preference Learning (ICPL), a method.';
		const [icpl] = extractAcronyms(text);
		expect(icpl).toEqual({
			short: 'ICPL',
			long: 'In-Context Preference Learning',
			span: { start: 11, end: 48, text: 'In-Context Preference Learning (ICPL)' },
		});
	});

	it('skips function words and prefers word initials ("proximal policy optimization")', () => {
		expect(defs('Reinforcement Learning from Human Feedback (RLHF) helps.')).toEqual({ RLHF: 'Reinforcement Learning from Human Feedback' });
		expect(defs('and proximal policy optimization (PPO) to enhance')).toEqual({ PPO: 'proximal policy optimization' });
	});

	it('handles mixed-case, plural and digit short forms', () => {
		expect(defs('this paper introduces Language Models for Motion Control (LaMo), a framework')).toEqual({
			LaMo: 'Language Models for Motion Control',
		});
		expect(defs('Large Language Models (LLMs) are big.')).toEqual({ LLMs: 'Large Language Models' });
		expect(defs('we introduce Insight-to-Solve (I2S), a procedure')).toEqual({ I2S: 'Insight-to-Solve' });
	});

	// hf-daily-2024-10-25.json (scripts/eval/listings/SOURCES.md): Stable Consistency Tuning.
	it('reads the substitute bracket glyphs of AIP abstracts as brackets', () => {
		// applied physics: Crossref carries U+0351 and U+0352 where the journal set brackets
		const text = 'We call it the phase contrast index \u0351PCI\u0352 and compare it with mean squared error \u0351MSE\u0352 maps.';
		expect(defs(text)).toEqual({ PCI: 'phase contrast index', MSE: 'mean squared error' });
		const [pci] = extractAcronyms(text);
		expect(text.slice(pci!.span.start, pci!.span.end)).toBe(pci!.span.text);
	});

	it('reads LaTeX\'s no-break space before the bracket as a space', () => {
		expect(defs('value estimation through Temporal Difference~(TD) Learning.')).toEqual({ TD: 'Temporal Difference' });
		expect(defs('we propose ROSE~(Retrieval Over Sparse Embeddings) for search.')).toEqual({ ROSE: 'Retrieval Over Sparse Embeddings' });
	});

	// unseen-round5-gut-microbiome.csl.json: a definition opening a bracket of its own, "(odds ratio (OR) 2.91, …)".
	it('keeps the first word of a long form a bracket opens right before', () => {
		expect(defs('Apart from antibiotic therapy (odds ratio (OR) 2.91, 95%-confidence interval (CI) 1.82–4.93).')).toEqual({ OR: 'odds ratio', CI: 'confidence interval' });
	});

	it('finds "SHORT (long form)"', () => {
		const [gorl] = extractAcronyms('we introduce GoRL (Generative Online Reinforcement Learning), a framework');
		expect(gorl).toMatchObject({ short: 'GoRL', long: 'Generative Online Reinforcement Learning' });
		expect(gorl!.span.text).toBe('GoRL (Generative Online Reinforcement Learning)');
	});

	it('finds "SHORT, which stands for long form" and editions like CASP14', () => {
		const text = 'We introduce a new model called BERT, which stands for Bidirectional Encoder Representations from Transformers. It won the 14th Critical Assessment of protein Structure Prediction (CASP14).';
		expect(extractAcronyms(text).map((a) => [a.short, a.long, a.span.text])).toEqual([
			['BERT', 'Bidirectional Encoder Representations from Transformers', 'BERT, which stands for Bidirectional Encoder Representations from Transformers'],
			['CASP14', 'Critical Assessment of protein Structure Prediction', 'Critical Assessment of protein Structure Prediction (CASP14)'],
		]);
	});

	it('reads a short form a word announces inside the bracket ("shortly,", "for short,", "hereafter")', () => {
		expect(defs('We build the Radix Spline Table index (shortly, RST-index) on sorted keys.')).toEqual({ 'RST-index': 'Radix Spline Table index' });
		expect(defs('Gradient boosted trees (for short, GBT) and the heat tolerance index (hereafter HTI) follow.')).toEqual({ GBT: 'Gradient boosted trees', HTI: 'heat tolerance index' });
	});

	it('reads a short form made of the acronym of the first words and the last words as written', () => {
		expect(defs('by introducing Token-Weighted Path Scoring (TWP-based Scoring), a training-free method')).toEqual({ 'TWP-based Scoring': 'Token-Weighted Path Scoring' });
		expect(defs('the Local Energy Filter (LE Filter) and the Local Energy (LE Filter) step')).toEqual({ 'LE Filter': 'Local Energy Filter' });
	});

	it('ignores parentheses that are not definitions', () => {
		expect(extractAcronyms('were ~1732 (PPO), ~1840 (DQN) and (e.g., BERT) or (1) items (discrete action)')).toEqual([]);
		expect(extractAcronyms('optionally, the reasoning is self-refined for coherence and correctness (I2S+).')).toEqual([]);
	});

	it('keeps the first definition of a repeated short form', () => {
		expect(extractAcronyms('reinforcement learning (RL) and later Reinforcement Learning (RL)')).toHaveLength(1);
	});

	it('defines RLHF, ICPL, BREEZE and MBTL on the seed, with exact spans', () => {
		const all = loadSeedPapers().flatMap((p) => extractAcronyms(p.abstract).map((a) => ({ ...a, abstract: p.abstract })));
		for (const a of all) expect(a.abstract.slice(a.span.start, a.span.end)).toBe(a.span.text);
		const long = (short: string) => all.find((a) => a.short === short)?.long;
		expect(long('RLHF')).toBe('Reinforcement Learning from Human Feedback');
		expect(long('ICPL')).toBe('In-Context Preference Learning');
		expect(long('BREEZE')).toBe('Behavior-REgularizEd Zero-shot RL with Expressivity enhancement');
		expect(long('MBTL')).toBe('Model-Based Transfer Learning');
		expect(long('DQN')).toBe('Deep Q-Network');
	});
});

describe('bestLongForm', () => {
	it('returns where the long form starts, or null when letters are missing', () => {
		expect(bestLongForm('DPT', 'we introduce Decision-Pretrained Transformer')).toBe(13);
		expect(bestLongForm('XYZ', 'nothing matches here')).toBeNull();
	});
});
