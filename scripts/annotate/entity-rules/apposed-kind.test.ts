import { describe, expect, it } from 'vitest';
import { apposedKind } from './apposed-kind.ts';

describe('apposedKind', () => {
	it('reads the kind an apposition after the name states', () => {
		expect(apposedKind('AgentEval', 'We further propose AgentEval, a reasoning-driven multi-agent evaluation framework that simulates experts.')).toBe('method');
		expect(apposedKind('Rex-Omni', 'We propose Rex-Omni, a 3B-scale MLLM that detects objects.')).toBe('model');
		expect(apposedKind('Band-SCNet', 'We propose Band-SCNet, a lightweight real-time model that bridges the gap.')).toBe('model');
		expect(apposedKind('FooSet', 'We release FooSet, the largest benchmark framework of its kind.')).toBe('dataset');
		expect(apposedKind('FastDec', 'We present FastDec, a new paradigm for efficient diffusion language models.')).toBe('method');
		expect(apposedKind('Tally', 'We introduce Tally , a training-free framework for counting in video models.')).toBe('method');
	});

	it('reads a framework for evaluating something as a benchmark', () => {
		// Invented, after a Hugging Face day's benchmark paper ("We introduce X, a framework for evaluating …").
		expect(apposedKind('ClipDuelQA', 'We introduce ClipDuelQA, a framework for evaluating multi-video reasoning of agents.')).toBe('dataset');
		expect(apposedKind('ClipFix', 'We introduce ClipFix, a framework for repairing video agents.')).toBe('method');
	});

	it('reads a count of parameters in the apposition as a trained network\'s', () => {
		expect(apposedKind('Fuse-U', 'We present Fuse-U, a lightweight 4B-parameter UMM that unifies these skills within one framework.')).toBe('model');
		expect(apposedKind('Fuse-U', 'We present Fuse-U, a lightweight 4B-sample corpus for unified models.')).toBe('dataset');
	});

	// After unseen-round10-hf-daily-2026-03-25.json (AutoGaze): "we introduce HLVid: the first high-resolution, long-form video QA benchmark".
	it('reads an abbreviated kind noun that more of the compound follows as modifying the later noun', () => {
		expect(apposedKind('KernelPilot', 'We present KernelPilot, a self-improving large language model (LLM) agentic system that tunes kernels.')).toBe('method');
		expect(apposedKind('TinyFoo', 'We release TinyFoo, a small language model (SLM) for phones.')).toBe('model');
	});

	it('reads the apposition after a definition bracket as stating the kind of its long and short forms', () => {
		const text = 'We first introduce Chain of Sketches (CoS), a prompting technique that guides models to draft outlines, and release SketchSet.';
		expect(apposedKind('CoS', text)).toBe('method');
		expect(apposedKind('Chain of Sketches', text)).toBe('method');
		expect(apposedKind('SketchSet', 'We release Sketch Set (SketchSet), a benchmark of outlines.')).toBe('dataset');
		expect(apposedKind('FooNet', 'We compare FooNet (Smith et al. 2020), a method for outlines.')).toBeUndefined();
	});

	it('reads past a compound adjective opened by a kind noun', () => {
		expect(apposedKind('DrawLLM', 'We present DrawLLM, a plug-in, model-agnostic framework that lets assistants sketch.')).toBe('method');
		expect(apposedKind('TagVLM', 'We present TagVLM, a dataset-driven pipeline for tagging images.')).toBe('method');
	});

	it('reads the kind a colon states, past adjectives listed with commas', () => {
		expect(apposedKind('LongClip', 'Furthermore, we introduce LongClip: the first long, high-resolution video captioning benchmark with 4K videos.')).toBe('dataset');
		expect(apposedKind('LongClip', 'We introduce LongClip: a fast, simple framework for captioning.')).toBe('method');
	});

	it('reads an indefinite kind right before a name closed by a comma', () => {
		expect(apposedKind('ToxicCommons', 'We create a custom training dataset, ToxicCommons, which is composed of texts.')).toBe('dataset');
		expect(apposedKind('Celadon', 'We train a custom classifier, Celadon, that detects toxic content.')).toBe('model');
		expect(apposedKind('Orrin', 'Evaluations show that our resulting model, Orrin, reduces tool calls.')).toBe('model');
	});

	it('reads the kind a definite product noun states before the name', () => {
		expect(apposedKind('Quillon', 'The resulting model, Quillon (3B), ranks first among open judges.')).toBe('model');
		expect(apposedKind('Quillon', 'On the hardest benchmark, Quillon improves accuracy.')).toBeUndefined();
	});

	it('reads the kind a sentence states of its subject with "is"', () => {
		expect(apposedKind('Tessel 3.0', 'Tessel 3.0 is a new native multilingual speech synthesis model, released this spring.')).toBe('model');
		expect(apposedKind('Tessel', 'Tessel is a drop-in replacement for LLMs in agents.')).toBeUndefined();
	});

	it('reads a neural audio tokenizer, codec or vocoder as a model', () => {
		expect(apposedKind('Vortal Codec', 'Tokens are decoded with Vortal Codec, a speech tokenizer trained from scratch.')).toBe('model');
		expect(apposedKind('WaveFoo', 'We present WaveFoo, a neural vocoder for expressive speech.')).toBe('model');
	});

	it('reads a system as a method, whatever it is said to train', () => {
		expect(apposedKind('Forge', 'We introduce Forge, a multi-agent system that tunes LLM training end to end.')).toBe('method');
	});

	it('states nothing where the comma ends a phrase, not an apposition', () => {
		expect(apposedKind('FooNet', 'On a held-out dataset, FooNet improves accuracy.')).toBeUndefined();
		expect(apposedKind('FooNet', 'FooNet improves accuracy over a strong baseline.')).toBeUndefined();
	});
});

describe('apposedKind, a kind named before the name', () => {
	it('reads the kind before "named" or "called"', () => {
		expect(apposedKind('CrackNet', 'This study proposes a novel lightweight network model named CrackNet with a light neck.')).toBe('model');
		expect(apposedKind('FooFlow', 'We build a framework called FooFlow for routing.')).toBe('method');
	});
});
