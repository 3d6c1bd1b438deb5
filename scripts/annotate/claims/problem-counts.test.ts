import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findProblemCounts } from './problem-counts.ts';

const counts = (text: string) => findProblemCounts(text).map((v) => v.text);

describe('findProblemCounts', () => {
	// Software engineering: what a technique and its users found and fixed, with counts coordinated in the clause.
	it('reads counts of problems a verb of finding or fixing takes, and those coordinated with them', () => {
		expect(counts('Our assessment shows that mocks effectively identified 10 issues in the data preparation stage and 53 issues in the model design stage.')).toEqual([
			'10 issues',
			'53 issues',
		]);
		expect(counts('Participants successfully resolved 25 issues in one stage and 38 issues in the other.')).toEqual(['25 issues', '38 issues']);
	});

	// Security, hardware and data quality audits: the same evidence in other fields.
	it('reads counts with words between the number and the problem', () => {
		expect(counts('The fuzzer uncovered 7 previously unknown vulnerabilities in two kernels.')).toEqual(['7']);
		expect(counts('The audit detects 12 errors in the registry.')).toEqual(['12 errors']);
	});

	it('leaves counts of material alone: a verb without a problem noun, or a problem noun without a verb', () => {
		expect(counts('We identified 34 studies that met the inclusion criteria.')).toEqual([]);
		expect(counts('Using our mining result, we also built a benchmark of more than 4,000 precondition-related bugs.')).toEqual([]);
		expect(counts('We collected 415 bugs from 555 repositories.')).toEqual([]);
	});

	it('never reads a part of a whole as a count of its own', () => {
		expect(counts('The debugging approach detected 32/40 faults.')).toEqual([]);
	});
});

describe('findClaimValues with problem counts', () => {
	it('takes a count of problems found as a result', () => {
		expect(findClaimValues('Mocks identified 10 issues in the data stage.').map((v) => v.text)).toEqual(['10 issues']);
	});
});
