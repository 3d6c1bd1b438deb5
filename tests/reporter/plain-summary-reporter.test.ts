/**
 * The closing line counts every failure: Vitest runs in a child process on a few tiny test
 * files written for each case (a file that does not parse, one importing a missing module,
 * a throwing hook, an unhandled rejection, a throwing global setup), with only the summary
 * reporter, and the line it prints and the exit code are checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, removeCopy, userEnv } from '../helpers/build-site.ts';

const REPORTER = join(projectRoot, 'tests/helpers/plain-summary-reporter.ts');
const VITEST = join(projectRoot, 'node_modules/vitest/vitest.mjs');
const PASSING = `import { it } from 'vitest';\nit('adds', () => { if (1 + 1 !== 2) throw new Error('math'); });\n`;

/** Runs Vitest on `files` (name → source) in a new folder; the closing line and exit code. */
function runVitest(files: Record<string, string>, globalSetup?: string): { line: string | undefined; status: number | null; output: string } {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-reporter-'));
	try {
		symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
		for (const [name, source] of Object.entries(files)) writeFileSync(join(root, name), source);
		const config = { cacheDir: '.vite', test: { include: ['*.test.ts'], reporters: [REPORTER], ...(globalSetup ? { globalSetup: [globalSetup] } : {}) } };
		writeFileSync(join(root, 'vitest.config.mjs'), `export default ${JSON.stringify(config)};\n`);
		// The child is its own Vitest run, not a worker of this one.
		const run = spawnSync(process.execPath, [VITEST, 'run', '--config', 'vitest.config.mjs'], { cwd: root, encoding: 'utf8', env: { ...userEnv(), CI: 'true' } });
		const line = run.stdout.split('\n').find((l) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(l));
		return { line, status: run.status, output: `${run.stdout}\n${run.stderr}` };
	} finally {
		removeCopy(root);
	}
}

describe('the closing line', () => {
	it('counts passed tests and exits 0 when nothing fails', () => {
		const run = runVitest({ 'a.test.ts': PASSING, 'b.test.ts': PASSING });
		expect(run.line, run.output).toBe('2 passed, 0 failed, 0 skipped');
		expect(run.status).toBe(0);
	});

	it('counts a file with a syntax error as failed', () => {
		const run = runVitest({ 'a.test.ts': PASSING, 'broken.test.ts': `import { it } from 'vitest';\nit('never closes', () => {\n` });
		expect(run.line, run.output).toBe('1 passed, 1 failed, 0 skipped');
		expect(run.status).not.toBe(0);
	});

	it('counts a file importing a missing module as failed', () => {
		const run = runVitest({ 'a.test.ts': PASSING, 'missing.test.ts': `import './nowhere.ts';\n${PASSING}` });
		expect(run.line, run.output).toBe('1 passed, 1 failed, 0 skipped');
		expect(run.status).not.toBe(0);
	});

	it('counts a suite whose beforeAll throws as failed, whatever happens to its tests', () => {
		const suite = `import { beforeAll, describe, it } from 'vitest';\ndescribe('suite', () => {\n\tbeforeAll(() => { throw new Error('no tool'); });\n\tit('one', () => {});\n\tit('two', () => {});\n});\n`;
		const run = runVitest({ 'a.test.ts': PASSING, 'hook.test.ts': suite });
		expect(run.line, run.output).toMatch(/^1 passed, [1-3] failed, \d+ skipped$/);
		expect(run.status).not.toBe(0);
	});

	it('counts an afterAll that throws after its tests passed', () => {
		const suite = `import { afterAll, it } from 'vitest';\nafterAll(() => { throw new Error('cleanup'); });\nit('passes', () => {});\n`;
		const run = runVitest({ 'hook.test.ts': suite });
		expect(run.line, run.output).toBe('1 passed, 1 failed, 0 skipped');
		expect(run.status).not.toBe(0);
	});

	it('counts an unhandled rejection as failed', () => {
		const late = `import { it } from 'vitest';\nit('passes but leaves a rejection behind', async () => {\n\tPromise.reject(new Error('late'));\n\tawait new Promise((done) => setTimeout(done, 50));\n});\n`;
		const run = runVitest({ 'late.test.ts': late });
		expect(run.line, run.output).toMatch(/^\d passed, 1 failed, 0 skipped$/);
		expect(run.status).not.toBe(0);
	});

	it('counts a global setup that throws as failed', () => {
		const run = runVitest({ 'a.test.ts': PASSING, 'setup.mjs': `export default function setup() { throw new Error('spawnSync rsync ENOENT'); }\n` }, './setup.mjs');
		expect(run.line, run.output).toMatch(/^\d passed, [1-9]\d* failed, \d skipped$/);
		expect(run.status).not.toBe(0);
	});
});
