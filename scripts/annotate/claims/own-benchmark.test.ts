import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';
import { ownBenchmarks } from './own-benchmark.ts';

const benchmark = (name: string, role: Entity['role'] = 'introduced'): Entity => ({
	id: name.toLowerCase(),
	name,
	type: 'dataset',
	role,
	spans: [{ start: 0, end: name.length, text: name }],
});
const subjectsOf = (text: string, value: string, entities: Entity[]) => {
	// The sentence stands after the name's own span, so it names nothing itself.
	const offset = 100;
	const sentence: Span = { start: offset, end: offset + text.length, text };
	const at = text.indexOf(value);
	return claimSubjects(sentence, [{ start: at, end: at + value.length }], entities);
};

describe('ownBenchmarks', () => {
	it('lists the datasets the paper introduces, and only those', () => {
		expect(ownBenchmarks([benchmark('TabBench'), benchmark('MMLU', 'used')])).toEqual(['dataset/tabbench']);
	});
});

describe('claimSubjects of a benchmark paper', () => {
	it('files a score of unnamed existing models under the paper’s own benchmark', () => {
		const text = 'Extensive testing reveals that existing state-of-the-art models struggle, peaking at an accuracy of just 61.2%.';
		expect(subjectsOf(text, '61.2%', [benchmark('TabBench')])).toEqual([['dataset/tabbench']]);
	});

	it('leaves such a score without a subject when the paper introduces no benchmark', () => {
		const text = 'Existing models reach only 61.2% accuracy.';
		expect(subjectsOf(text, '61.2%', [benchmark('MMLU', 'used')])).toEqual([[]]);
	});
});
