import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { achieverBefore } from './achieved-by.ts';
import { claimSubjects } from './claim-subjects.ts';

/** An entity of `text` at the first place its name stands. */
const entity = (text: string, name: string, type: Entity['type'], role: Entity['role'] = 'used'): Entity => {
	const start = text.indexOf(name);
	return { id: name.toLowerCase(), name, type, role, spans: [{ start, end: start + name.length, text: name }] };
};
const valueAt = (text: string, n: string) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length });

describe('achieverBefore', () => {
	it('gives a score to the name that achieves it or owns it', () => {
		const names = [{ ref: 'model/x', start: 4, end: 5, dataset: false }];
		expect(achieverBefore('The X model achieves 5% on B.', names, 21)).toBe('model/x');
		expect(achieverBefore("The X model's score of 5% on B.", names, 23)).toBe('model/x');
	});

	it('leaves a name that does not score, and one a semicolon cuts off', () => {
		const names = [{ ref: 'model/x', start: 4, end: 5, dataset: false }];
		expect(achieverBefore('The X model fails; B reaches 5%.', names, 29)).toBeUndefined();
		// After the ThreadWeaver entry of unseen-round4-hf-daily-2025-12-10: the base model is not what scores.
		expect(achieverBefore('ThreadWeaver trained atop X achieves 5%.', [{ ref: 'model/x', start: 25, end: 26, dataset: false }], 36)).toBeUndefined();
		expect(achieverBefore('Ours beats X by 5% on B.', [{ ref: 'model/x', start: 11, end: 12, dataset: false }], 16)).toBeUndefined();
	});
});

describe('claimSubjects with a scoring system', () => {
	// After the Long CoT entry of scripts/eval/listings/unseen-round5-hf-daily-2025-02-12.json, whose scores went to the benchmarks.
	it('files a used model\'s benchmark scores under the model, with the benchmark', () => {
		const text =
			"With just 17k samples, the Qwen2.5-32B-Instruct model achieves significant improvements on a wide range of benchmarks, including 56.7% on AIME 2024 and 57.0% on LiveCodeBench, competitive to the proprietary o1-preview model's score of 44.6% and 59.1%.";
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [
			entity(text, 'Qwen2.5-32B-Instruct', 'model'),
			entity(text, 'AIME 2024', 'dataset'),
			entity(text, 'LiveCodeBench', 'dataset'),
			entity(text, 'o1-preview', 'model'),
		];
		const about = claimSubjects(sentence, ['56.7%', '57.0%', '44.6%'].map((n) => valueAt(text, n)), entities);
		expect(about[0]).toEqual(['model/qwen2.5-32b-instruct', 'dataset/aime 2024']);
		expect(about[1]).toEqual(['model/qwen2.5-32b-instruct', 'dataset/livecodebench']);
		expect(about[2]).toEqual(['model/o1-preview']);
	});

	it('files the result of training a model under the model it trained, with the benchmark', () => {
		const text = 'In our tests, fine-tuning Mistral-7B on translated data leads to drops of 4.1% on FooQA and 2.3% on BarQA.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'Mistral-7B', 'model'), entity(text, 'FooQA', 'dataset'), entity(text, 'BarQA', 'dataset')];
		const about = claimSubjects(sentence, ['4.1%', '2.3%'].map((n) => valueAt(text, n)), entities);
		expect(about[0]).toEqual(['model/mistral-7b', 'dataset/fooqa']);
		expect(about[1]).toEqual(['model/mistral-7b', 'dataset/barqa']);
	});

	// After the ERA entry of scripts/eval/listings/unseen-first-hf-daily-2025-10-15.json: a baseline compared with keeps the benchmark.
	it('keeps a baseline the number is compared with out of it', () => {
		const text = 'It gains 8.4% on EB-ALFRED over GPT-4o.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'EB-ALFRED', 'dataset'), entity(text, 'GPT-4o', 'model')];
		expect(claimSubjects(sentence, [valueAt(text, '8.4%')], entities)[0]).toEqual(['dataset/eb-alfred']);
	});
});
