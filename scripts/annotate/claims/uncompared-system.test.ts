import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { comparesSystems } from './uncompared-system.ts';

/** An entity of `text` at each place its name stands. */
const entity = (text: string, name: string, type: Entity['type'], role: Entity['role'] = 'used'): Entity => {
	const start = text.indexOf(name);
	return { id: name.toLowerCase(), name, type, role, spans: [{ start, end: start + name.length, text: name }] };
};
const subjectsOf = (text: string, value: string, entities: Entity[]) => {
	const sentence: Span = { start: 0, end: text.length, text };
	const start = text.indexOf(value);
	return claimSubjects(sentence, [{ start, end: start + value.length }], entities)[0];
};

describe('comparesSystems', () => {
	it('reads a standard, a verb of beating or a baseline as a comparison', () => {
		expect(comparesSystems('On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by an average of 22%.')).toBe(true);
		expect(comparesSystems('PPO improves performance, with a 6.3-point gain over SFT on GLUE.')).toBe(true);
		expect(comparesSystems('On ScanBench, FooDet scores 12 points higher than BarDet.')).toBe(true);
	});

	it('reads a system measured alone as no comparison', () => {
		expect(comparesSystems('On COCO, CLIP prefers the correct shorter description only 40.6% of the time.')).toBe(false);
		expect(comparesSystems('In image classification, flipping just two sign bits in ResNet-50 on ImageNet reduces accuracy by 99.8%.')).toBe(false);
	});
});

describe('claimSubjects of a used system measured alone on a dataset', () => {
	// After 2602.23906 of scripts/eval/listings/unseen-round29-hf-daily-2026-03-03.json, names changed.
	it('gives the number to the system the paper studies, not only to the dataset', () => {
		const text = 'On VisBench, PairNet ranks the true caption first only 38.2% of the time, and accuracy falls to 30.1% for relations.';
		const entities = [entity(text, 'VisBench', 'dataset'), entity(text, 'PairNet', 'model'), { id: 'fixnet', name: 'FixNet', type: 'method' as const, role: 'introduced' as const, spans: [{ start: 500, end: 506, text: 'FixNet' }] }];
		expect(subjectsOf(text, '38.2%', entities)).toEqual(['model/pairnet', 'dataset/visbench']);
		// The clause after names nothing and borrows the system of the one before.
		expect(subjectsOf(text, '30.1%', entities)).toContain('model/pairnet');
	});

	it('reads a name on the list of places a number is measured on as a place, whatever its type', () => {
		const text = 'It reaches 12.1 on MATH and GSM.';
		expect(subjectsOf(text, '12.1', [entity(text, 'MATH', 'method'), entity(text, 'GSM', 'method')])).not.toContain('method/gsm');
	});

	it('leaves a race of used systems on a benchmark filed under the benchmark', () => {
		const text = 'On TaskBench, SmallLM beats LargeLM by an average of 22% across 12 tasks.';
		const entities = [entity(text, 'TaskBench', 'dataset'), entity(text, 'SmallLM', 'model'), entity(text, 'LargeLM', 'model')];
		expect(subjectsOf(text, '22%', entities)).toEqual(['dataset/taskbench']);
	});
});
