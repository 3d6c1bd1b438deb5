import { describe, expect, it } from 'vitest';
import { datasetContext } from './dataset-context.ts';

const contextOf = (abstract: string) => ({
	title: '',
	abstract,
	sentences: [],
	acronyms: [],
	lexicons: undefined as never,
	isGeneric: (n: string) => n === 'LLM',
	isKnown: () => false,
	inUrl: () => false,
	inAcronym: () => false,
});
const datasets = (abstract: string) => datasetContext.find(contextOf(abstract)).map((f) => `${f.name}:${f.type}`);

describe('datasetContext', () => {
	it('takes a coined name before a benchmark noun', () => {
		expect(datasets('Results on the MiniGrid benchmark and MultiNLI accuracy.')).toEqual(['MiniGrid:dataset', 'MultiNLI:dataset']);
		// astrophysics.bib (10.1093/mnras/stad3353): a survey is the data an astronomer measures on.
		expect(datasets('We model optical data from the ground-based SPEARNET survey of WASP-127 b.')).toEqual(['SPEARNET:dataset']);
	});

	// WAFFLE (hf-daily-2024-10-25.json): "on our new benchmark WebSight-Test and an existing benchmark Design2Code".
	it('takes a coined name after a benchmark noun that a determiner or adjective opens', () => {
		expect(datasets('27.12 pp higher LLEM on an existing benchmark Design2Code, outperforming others.')).toEqual(['Design2Code:dataset']);
		expect(datasets('We evaluate on the dataset FooQA-2.')).toEqual(['FooQA-2:dataset']);
	});

	// After unseen-round10-glaciology.csl.json: "The DYRESM-CAEDYM model is a valuable tool … the DYRESM-CAEDYM accuracy of water temperature simulation".
	it('reads "X accuracy" as a model\'s own where X shows a parameter count or the accuracy is measured on something else', () => {
		expect(datasets('Pruning lifts Foo-OSS-20B accuracy from 84% to 90%.')).toEqual([]);
		expect(datasets('Pruning lifts FooReasoner accuracy on AIME25 from 84% to 90%.')).toEqual([]);
		expect(datasets('FooNet reaches 91% MultiNLI accuracy.')).toEqual(['MultiNLI:dataset']);
	});

	it('reads "X accuracy" as a model\'s own where the abstract calls X a model', () => {
		expect(datasets('The LAKE-3D model simulates mixing. Better inputs raise the LAKE-3D accuracy of temperature simulation.')).toEqual([]);
		expect(datasets('The LAKE-3D data are public. We report LAKE-3D accuracy for all baselines.')).toEqual(['LAKE-3D:dataset']);
	});

	it('does not read "benchmark" as a verb, nor plain or generic words', () => {
		expect(datasets('We benchmark FooNet against BarNet.')).toEqual([]);
		expect(datasets('the reasoning task and the LLM benchmark')).toEqual([]);
		expect(datasets('a new benchmark for planning')).toEqual([]);
	});
});

describe('datasetContext, where experiments ran', () => {
	it('takes the one name experiments ran on, as what shows the result', () => {
		expect(datasets('We build ShellForge. Experiments on Shell-Bench demonstrate its value.')).toEqual(['Shell-Bench:dataset']);
		expect(datasets('Extensive experiments conducted on Minerva show gains.')).toEqual(['Minerva:dataset']);
	});

	it('takes every name of a list experiments ran on', () => {
		expect(datasets('Extensive experiments on Chart-Pro, Doc-Vision, and Chart-v2 demonstrate steady gains.')).toEqual(['Chart-Pro:dataset', 'Doc-Vision:dataset', 'Chart-v2:dataset']);
	});

	it('leaves a model with a size, and experiments on a kind of thing', () => {
		expect(datasets('Experiments on Qwen-7B show that it helps. Experiments on several tasks show gains.')).toEqual([]);
	});
});
