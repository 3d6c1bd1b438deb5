import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from '../text/entities.ts';
import { gainsByDataset } from './gains-by-dataset.ts';

const lexicons = loadLexicons();
const contextOf = (abstract: string) => ({
	title: '',
	abstract,
	sentences: splitSentences(abstract),
	acronyms: [],
	lexicons,
	isGeneric: () => false,
	isKnown: (n: string) => ['XSum', 'NQ-Open', 'GPT-4'].includes(n),
	inUrl: () => false,
	inAcronym: () => false,
});
const datasets = (abstract: string) => gainsByDataset.find(contextOf(abstract)).map((f) => `${f.name}:${f.type}`);

// DeCoRe (scripts/eval/listings/hf-daily-2024-10-25.json).
const DECORE =
	'DeCoRe significantly improves performance on tasks requiring high contextual faithfulness, such as summarisation (XSum by 18.6%), ' +
	'instruction following (MemoTrap by 10.9%), and open-book question answering (NQ-Open by 2.4% and NQ-Swap by 5.5%).';

describe('gainsByDataset', () => {
	it('takes coined names improved "by" a number beside a known dataset', () => {
		expect(datasets(DECORE)).toEqual(['MemoTrap:dataset', 'NQ-Swap:dataset']);
	});

	it('takes the benchmarks a list of gains names in brackets, two or more, none a model', () => {
		expect(datasets('It improves the baseline by 12.1% (Memo-QA) and 4.3% (LONGMEMO) under a 32k context.')).toEqual(['Memo-QA:dataset', 'LONGMEMO:dataset']);
		expect(datasets('It improves the baseline by 12.1% (Memo-QA).')).toEqual([]);
		expect(datasets('Gains reach 12.1% (Foo-7B) and 4.3% (Foo-70B).')).toEqual([]);
	});

	it('takes nothing in a sentence that so reports no known dataset', () => {
		expect(datasets('FooNet beats GPT-4 by 3% and BarNet by 5 points.')).toEqual([]);
		expect(datasets('It improves XSum by 18.6%. BarNet lags by 5%.')).toEqual([]);
	});

	it('gives the page one dataset entity, not a dataset and a method of one name', () => {
		const entities = extractEntities('DeCoRe: Decoding by Contrasting Retrieval Heads', DECORE, lexicons);
		expect(entities.filter((e) => e.name === 'MemoTrap').map((e) => e.type)).toEqual(['dataset']);
	});
});

describe('gainsByDataset, a list of gains on named benchmarks', () => {
	const AGENT =
		'Experiments show that our agent outperforms existing methods, surpassing PPO-trained agents by +12.1% on TextWorld, +9.4% on WebArena, ' +
		'+20.3% on Sudoku, and +4.2% on CrafterLite, while generalising well.';

	it('takes every name a listed gain was measured on, plain words too', () => {
		expect(datasets(AGENT)).toEqual(['TextWorld:dataset', 'WebArena:dataset', 'Sudoku:dataset', 'CrafterLite:dataset']);
	});

	it('takes gains whose metric is named between the figure and "on"', () => {
		expect(datasets('It gains up to 4.2 points on TrickBench and 3.0 points exact-match accuracy on JudgeArena.')).toEqual(['TrickBench:dataset', 'JudgeArena:dataset']);
	});

	it('leaves gains on models, which a parameter count shows', () => {
		expect(datasets('Our rubrics achieve a score of 54.2% on Qwen3-Coder-30B-A3B and 40.6% on Qwen3-32B, a gain over the baseline.')).toEqual([]);
	});

	it('leaves a single gain on a name, which may be a model or a setting', () => {
		expect(datasets('Our method improves accuracy by 3.1% on Llama, a strong baseline.')).toEqual([]);
	});

	it('types names shown as a list of gains as datasets', () => {
		const types = extractEntities('', AGENT, lexicons).filter((e) => ['WebArena', 'CrafterLite'].includes(e.name)).map((e) => `${e.name}:${e.type}`);
		expect(types).toEqual(['WebArena:dataset', 'CrafterLite:dataset']);
	});
});

describe('gainsByDataset, a list of scores raised from one value to another', () => {
	const RAISED = 'Experiments confirm the method, improving PicEval from 0.71 to 0.88, LayoutBench from 80.10 to 85.42, and ComposeBench++ from 55.2 to 70.9.';

	it('takes every name a raised score was measured on, a trailing "++" included', () => {
		expect(datasets(RAISED)).toEqual(['PicEval:dataset', 'LayoutBench:dataset', 'ComposeBench++:dataset']);
	});

	it('leaves a single raised score, and the page keeps the whole name with its "++"', () => {
		expect(datasets('Training raised FooScore from 0.7 to 0.9 overall.')).toEqual([]);
		expect(extractEntities('', RAISED, lexicons).map((e) => e.name)).toContain('ComposeBench++');
	});
});

describe('gainsByDataset, subsets and metric units', () => {
	it("reads a subset's two-word name and a score in a metric's own unit as results on datasets", () => {
		expect(datasets('Across frontier models, the best score reaches only 41.2% on FOO Numeric and 38.9 macro-F1 on Lending.')).toEqual(['FOO Numeric:dataset', 'Lending:dataset']);
	});
});
