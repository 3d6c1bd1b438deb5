import { describe, expect, it } from 'vitest';
import { emptyLexicons, parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { modelPattern } from './model-names.ts';

describe('modelPattern', () => {
	const models = (text: string) => [...text.matchAll(modelPattern(['LLaMA', 'LLAMA', 'Qwen', 'GPT', 'GPT-J', 'Claude', 'BERT', 'o1']))].map((m) => m[0]);

	it('finds families with versions, sizes and variants', () => {
		expect(models('LLaMA2-7B, 13B, LLAMA2-70B, Qwen2.5-VL-3B-Instruct, GPT-4o, GPT-4.1, GPT-J-6B')).toEqual([
			'LLaMA2-7B',
			'LLAMA2-70B',
			'Qwen2.5-VL-3B-Instruct',
			'GPT-4o',
			'GPT-4.1',
			'GPT-J-6B',
		]);
		expect(models('Claude-3.5-Sonnet and BERT-large, o1-mini, but not GPTs or BERT-based')).toEqual(['Claude-3.5-Sonnet', 'BERT-large', 'o1-mini', 'BERT']);
		// Preview releases are named with the suffix: "o1-preview" (unseen-round5 Hugging Face day), "QwQ-32B-Preview".
		expect(models('the o1-preview model and Qwen-32B-Preview')).toEqual(['o1-preview', 'Qwen-32B-Preview']);
	});

	it('keeps names whole across a space before the version, size or variant', () => {
		expect(models('Claude 2, LLaMA3.1 70B, Qwen2 72B and Claude-3.5 Sonnet beat GPT 4 Turbo')).toEqual([
			'Claude 2',
			'LLaMA3.1 70B',
			'Qwen2 72B',
			'Claude-3.5 Sonnet',
			'GPT 4 Turbo',
		]);
	});

	// 2410.17243 (hf-daily-2024-10-25.json): "contrastive training of a CLIP-ViT-L/14 model".
	it('keeps a family named after its backbone whole', () => {
		const backbones = (text: string) => [...text.matchAll(modelPattern(['CLIP', 'ViT', 'BERT']))].map((m) => m[0]);
		expect(backbones('It trains a CLIP-ViT-L/14 model and a ViT-B/16.')).toEqual(['CLIP-ViT-L/14', 'ViT-B/16']);
		expect(backbones('CLIP-style training and BERT-based encoders')).toEqual(['CLIP', 'BERT']);
	});

	it('finds unknown names with a parameter-count suffix', () => {
		expect(models('Zeta-13B and MPT-7B beat Foo')).toEqual(['Zeta-13B', 'MPT-7B']);
	});

	// unseen-round30 Hugging Face day: "reaching 90.0% … with gpt-oss-20b …, while matching or exceeding gpt-oss-120b".
	it('finds a lower-case repository name with a hyphened count of billions', () => {
		expect(models('reaching 90.0% with zeta-lm-20b, matching foo-chat-1.5b-instruct and zeta-lm-120b')).toEqual(['zeta-lm-20b', 'foo-chat-1.5b-instruct', 'zeta-lm-120b']);
		expect(models('in phase 1b, a type-2b cell and the top-5 list')).toEqual([]);
	});

	// unseen-round33 Hugging Face day: a backbone listed with its size after a space ("… of LLaVA-1.5 7B and …"),
	// which the CamelCase rule cut at the version's dot; and a checkpoint named by its task after its size.
	it('keeps a coined family whole with its hyphened version and a spaced size', () => {
		expect(models('It lifts ZetaVA-1.5 7B and FOO-2 13B by 6 points, but not COVID-19 cases.')).toEqual(['ZetaVA-1.5 7B', 'FOO-2 13B']);
	});

	it('keeps a task checkpoint after the size', () => {
		const video = (text: string) => [...text.matchAll(modelPattern(['Wan']))].map((m) => m[0]);
		expect(video('Built upon Wan2.1-1.3B-T2V and Wan2.1-14B-I2V, our model wins.')).toEqual(['Wan2.1-1.3B-T2V', 'Wan2.1-14B-I2V']);
	});

	it('keeps an unknown coined family whole with its dotted version and a variant word', () => {
		expect(models('Compared with the original DiLM-2.0-mini and ZetaLM-1.5-Instruct-7B, it gains.')).toEqual(['DiLM-2.0-mini', 'ZetaLM-1.5-Instruct-7B']);
		expect(models('Trained on CCI3.0 and Foo-2.0 data.')).toEqual([]);
	});
});

describe('modelPattern, release stages', () => {
	it('keeps a release stage after the version', () => {
		const text = 'Experiments on the state-of-the-art FLUX.1-dev model and Foo-2-beta show a 7x speedup.';
		expect([...text.matchAll(modelPattern(['FLUX.1', 'Foo']))].map((m) => m[0])).toEqual(['FLUX.1-dev', 'Foo-2-beta']);
	});
});

describe('modelPattern, a tier named without its family', () => {
	const models = (text: string) => [...text.matchAll(modelPattern(['Claude', 'GPT']))].map((m) => m[0]);

	it('takes a tier word with a dotted version as a model', () => {
		expect(models('We plug in three backbones, Sonnet 3.7, Haiku 4.5 and GPT-5, and compare them.')).toEqual(['Sonnet 3.7', 'Haiku 4.5', 'GPT-5']);
	});

	it('leaves a tier word with a whole number, as an opus number is written', () => {
		expect(models('The quartet of Opus 4 was first performed in 1801.')).toEqual([]);
	});
});

describe('modelPattern, a coined vendor\'s tier and version', () => {
	const models = (text: string) => [...text.matchAll(modelPattern(['Claude']))].map((m) => m[0]);

	it('takes a coined vendor, a tier word and a dotted version as one model', () => {
		expect(models('It wins 68% of pairs over ElevenLabs Flash v2.5 and VOXA Turbo 3.1.')).toEqual(['ElevenLabs Flash v2.5', 'VOXA Turbo 3.1']);
	});

	it('leaves a tier word without a dotted version, and an English word before it', () => {
		expect(models('ElevenLabs Flash is fast, and Camera Pro 2.1 is a phone.')).toEqual([]);
	});
});

describe('modelNames in extractEntities', () => {
	const lexicons = parseLexicons([{ file: 'content/lexicons/models.yaml', text: '- name: GPT\n- name: Qwen\n' }]);
	const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}`);

	it('reads a family followed by a part no suffix list holds as the longer sized name', () => {
		expect(names('We prune paths of GPT-OSS-120B on hard problems.')).toEqual(['GPT-OSS-120B:model']);
	});

	it("keeps a mixture of experts' active parameters and a reasoning mode in the name", () => {
		expect(names('Two flips reduce Qwen3-235B-A22B-Thinking to chance.')).toEqual(['Qwen3-235B-A22B-Thinking:model']);
	});

	it('is not read without the lexicon family or a size', () => {
		expect(extractEntities('', 'We prune paths of GPT-OSS on hard problems.', emptyLexicons())).toEqual([]);
	});
});
