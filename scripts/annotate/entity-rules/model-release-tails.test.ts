import { describe, expect, it } from 'vitest';
import { modelPattern } from './model-names.ts';
import { SPACED_RELEASE } from './model-release-tails.ts';

const models = (text: string) =>
	[...text.matchAll(modelPattern(['LLaMA', 'Qwen', 'GPT', 'Claude', 'Kimi', 'DeepSeek', 'Gemini', 'BERT']))].map((m) => m[0]);

describe('model release tails', () => {
	it('keeps a release word joined by a hyphen, and the size after it', () => {
		expect(models('Qwen-Coder-Next, Qwen3-Omni-30B, DeepSeek-V3.2-Exp and GPT-5.1-Codex')).toEqual([
			'Qwen-Coder-Next',
			'Qwen3-Omni-30B',
			'DeepSeek-V3.2-Exp',
			'GPT-5.1-Codex',
		]);
	});

	// unseen-round31 Hugging Face day: "surpasses … such as DeepSeek-V3.2-think and Qwen3-235B-2507-think", "improving Qwen-Image by around 16 points".
	it('keeps a short reasoning mode and a modality word joined by a hyphen', () => {
		expect(models('It beats DeepSeek-V3.2-think and Qwen3-235B-2507-think, and improves Qwen-Image and Qwen-Audio-7B.')).toEqual([
			'DeepSeek-V3.2-think',
			'Qwen3-235B-2507-think',
			'Qwen-Image',
			'Qwen-Audio-7B',
		]);
		expect(models('GPT-thinker and BERT-Imagery are not release words.')).toEqual(['GPT', 'BERT']);
	});

	it('keeps a version after a tier word, and one opened by a letter', () => {
		expect(models('For Claude Opus 4.6, Claude Sonnet 4 and Gemini Pro 1.5, Kimi K2.5 and DeepSeek R1 gain.')).toEqual([
			'Claude Opus 4.6',
			'Claude Sonnet 4',
			'Gemini Pro 1.5',
			'Kimi K2.5',
			'DeepSeek R1',
		]);
	});

	it('keeps a version opened by a letter after a hyphen, but not a metric name so joined', () => {
		expect(models('The pipeline lifts Kimi-K2.5 accuracy, and DeepSeek-R1 gains; BERT-F1 is a score.')).toEqual(['Kimi-K2.5', 'DeepSeek-R1', 'BERT']);
	});

	it('leaves counts, amounts and metric names after a model name out of it', () => {
		expect(models('Claude Opus 4 points ahead; GPT F1 of 3; BERT-large 5 of them; Claude Opus 3 times')).toEqual([
			'Claude Opus',
			'GPT',
			'BERT-large',
			'Claude Opus',
		]);
	});

	it('matches nothing on its own', () => {
		expect(new RegExp(`^${SPACED_RELEASE}$`).test('')).toBe(true);
		expect(new RegExp(`Claude Opus${SPACED_RELEASE}`).exec('Claude Opus 4.6 leads')?.[0]).toBe('Claude Opus 4.6');
	});
});
