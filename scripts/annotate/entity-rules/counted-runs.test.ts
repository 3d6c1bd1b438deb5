import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { countedRuns } from './counted-runs.ts';

const counted = (abstract: string) =>
	countedRuns
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Both fixtures are after scripts/eval/listings/unseen-software-engineering.bib (the DNN repair
// study and the ML API contracts study).
describeStoredOutputs(new URL('./fixtures/counted-runs/', import.meta.url), 'countedRuns on fixture %s', 'finds exactly the names of the stored output.json', (file) => counted(file('input.txt')!));

describe('countedRuns', () => {
	it('types the items by their counted kind', () => {
		expect(counted('on three benchmarks MMLU, GSM8K and HumanEval')).toEqual(['MMLU:dataset', 'GSM8K:dataset', 'HumanEval:dataset']);
	});

	it('leaves a run that does not number as counted', () => {
		expect(counted('with two tools Git, Jira and Slack')).toEqual([]);
		expect(counted('in three studies Smith and Jones found')).toEqual([]);
	});

	it('leaves the headings of an outline, counted by a kind of part', () => {
		expect(counted('We then read the field through three lenses: Privacy, Fairness, and Robustness.')).toEqual([]);
		expect(counted('The review is organised in four stages: Planning, Retrieval, Screening and Synthesis.')).toEqual([]);
	});

	it("leaves a system's user roles, counted by a kind of people", () => {
		// After an IEEE Xplore export's crowdfunding paper (read as a stranger's listing, not an eval listing).
		expect(counted('The application has three different types of users: Admin, Backers, and Start-up.')).toEqual([]);
		expect(counted('It links four stakeholders: Farmers, Traders, Retailers and Consumers.')).toEqual([]);
	});

	it('leaves a run with a lower-case item', () => {
		expect(counted('across two languages Java and others')).toEqual([]);
	});
});
