import { describe, expect, it } from 'vitest';
import { typeFromEvidence } from './type-evidence.ts';

const KNOWN = new Set(['XSum', 'MuSiQue']);
const typeOf = (name: string, abstract: string, title = 'Untitled') =>
	typeFromEvidence(name, 'method', { title, abstract, isKnownDataset: (n) => KNOWN.has(n) });

describe('typeFromEvidence', () => {
	it('types benchmark-like suffixes as datasets and sized names as models', () => {
		for (const name of ['CAMEL-Bench', 'HalluEditBench', 'ReachQA', 'LongMemEval', 'WebSight-Test']) expect(typeOf(name, name), name).toBe('dataset');
		expect(typeOf('Qwen3-8B', 'Qwen3-8B improves.')).toBe('model');
	});

	it('reads benchmark and dataset nouns beside the name, and the title', () => {
		expect(typeOf('InfiniteBench', 'on benchmarks RULER and InfiniteBench')).toBe('dataset');
		expect(typeOf('Ego2Act', 'We introduce Ego2Act, a diagnostic benchmark for video models.')).toBe('dataset');
		expect(typeOf('MemoTrap', 'results on the MemoTrap dataset')).toBe('dataset');
		expect(typeOf('CCI3.0-HQ', 'CCI3.0-HQ is released.', 'CCI3.0-HQ: a large-scale Chinese dataset of high quality')).toBe('dataset');
	});

	it('reads a long form that names a dataset', () => {
		expect(typeFromEvidence('CCI3.0', 'method', { title: '', abstract: '', isKnownDataset: () => false, forms: ['Chinese Corpora Internet 3.0'] })).toBe('dataset');
	});

	it('types a name listed beside a known dataset as a dataset', () => {
		expect(typeOf('MemoTrap', 'It improves XSum, MemoTrap and NQ-Swap.')).toBe('dataset');
		expect(typeOf('HotFoo', 'It improves over HotFoo and BarNet on our tasks.')).toBe('method');
	});

	it('never changes a type that rests on evidence of its own', () => {
		expect(typeFromEvidence('GPT-Bench', 'model', { title: '', abstract: '', isKnownDataset: () => false })).toBe('model');
	});
});
