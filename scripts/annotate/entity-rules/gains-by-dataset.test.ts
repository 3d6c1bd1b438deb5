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

	it('takes nothing in a sentence that so reports no known dataset', () => {
		expect(datasets('FooNet beats GPT-4 by 3% and BarNet by 5 points.')).toEqual([]);
		expect(datasets('It improves XSum by 18.6%. BarNet lags by 5%.')).toEqual([]);
	});

	it('gives the page one dataset entity, not a dataset and a method of one name', () => {
		const entities = extractEntities('DeCoRe: Decoding by Contrasting Retrieval Heads', DECORE, lexicons);
		expect(entities.filter((e) => e.name === 'MemoTrap').map((e) => e.type)).toEqual(['dataset']);
	});
});
