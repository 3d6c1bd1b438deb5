/**
 * Ends a test run with one plain line, `N passed, N failed, N skipped`, which CI reads to
 * tell a run that tested something from one that tested nothing.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
		for (const module of testModules) {
			for (const test of module.children.allTests()) count[test.result().state] += 1;
		}
		process.stdout.write(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped + count.pending} skipped\n`);
	}
}
