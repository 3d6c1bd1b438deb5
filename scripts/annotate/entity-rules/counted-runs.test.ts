import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countedRuns } from './counted-runs.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/counted-runs/', import.meta.url));
const counted = (abstract: string) =>
	countedRuns
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Both fixtures are after scripts/eval/listings/unseen-software-engineering.bib (the DNN repair
// study and the ML API contracts study).
describe.each(readdirSync(fixturesDir).sort())('countedRuns on fixture %s', (name) => {
	it('finds exactly the names of the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
		const abstract = readFileSync(`${fixturesDir}${name}/input.txt`, 'utf8').trim();
		const output = `${JSON.stringify(counted(abstract), null, '\t')}\n`;
		const expectedFile = `${fixturesDir}${name}/output.json`;
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
		expect(output).toBe(readFileSync(expectedFile, 'utf8'));
	});
});

describe('countedRuns', () => {
	it('types the items by their counted kind', () => {
		expect(counted('on three benchmarks MMLU, GSM8K and HumanEval')).toEqual(['MMLU:dataset', 'GSM8K:dataset', 'HumanEval:dataset']);
	});

	it('leaves a run that does not number as counted', () => {
		expect(counted('with two tools Git, Jira and Slack')).toEqual([]);
		expect(counted('in three studies Smith and Jones found')).toEqual([]);
	});

	it('leaves a run with a lower-case item', () => {
		expect(counted('across two languages Java and others')).toEqual([]);
	});
});
