/**
 * Ends a test run with one plain line, `N passed, N failed, N skipped`, which CI reads to
 * tell a run that tested something from one that tested nothing. Every failure counts, not
 * only failed tests: a file that fails to load, a suite whose hook throws and an unhandled
 * error each add one, so a broken run never closes with "0 failed".
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** The closing line's counts. */
export interface RunCounts {
	passed: number;
	failed: number;
	skipped: number;
}

/**
 * Counts a finished run: tests by their state, plus one failure per module or suite with
 * errors of its own (collection, import or hook errors; its tests are often only skipped)
 * and one per unhandled error. A run Vitest calls failed counts at least one failure, for
 * errors no module holds (a global setup that throws).
 */
export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): RunCounts {
	const count = { passed: 0, failed: 0, skipped: 0 };
	for (const module of testModules) {
		for (const test of module.children.allTests()) {
			const state = test.result().state;
			count[state === 'pending' ? 'skipped' : state] += 1;
		}
		for (const suite of [module, ...module.children.allSuites()]) {
			if (suite.errors().length > 0) count.failed += 1;
		}
	}
	count.failed += unhandledErrors.length;
	if (reason === 'failed' && count.failed === 0) count.failed = 1;
	return count;
}

export default class PlainSummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
		const { passed, failed, skipped } = countRun(testModules, unhandledErrors, reason);
		process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
