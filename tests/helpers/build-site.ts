/**
 * Builds paperfold the way a user does, in a throwaway copy of the project, so tests
 * assert on real output (`content/papers/`, `dist/`) without touching the working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Top-level entries a copy needs; node_modules is linked, build output is left behind. */
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'content', 'public'];
const SKIPPED = new Set(['content/papers', 'content/notes']);

export interface BuiltSite {
	/** The project copy. */
	root: string;
	dist: string;
	stdout: string;
	stderr: string;
	status: number | null;
}

/** Copies the project into a new temp folder (without generated pages or notes). */
export function copyProject(prefix = 'paperfold-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of COPIED) {
		cpSync(join(projectRoot, entry), join(root, entry), {
			recursive: true,
			filter: (src) => !SKIPPED.has(relative(projectRoot, src)),
		});
	}
	// A reader's own notes stay out of test builds; tests add the notes they need.
	mkdirSync(join(root, 'content/notes'), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}

/**
 * What Vitest sets in its workers' environment besides its own `VITEST*` variables: Vite's
 * `import.meta.env` values, which Astro's build would read back from the environment
 * (`DEV=1` made `import.meta.env.DEV` true in every test build), and `NODE_ENV=test`, which
 * would make Astro build in development mode.
 */
const VITEST_SET = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** This process's environment as a user's shell has it, without what Vitest sets for its own workers. */
export function userEnv(): Record<string, string | undefined> {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_SET.has(key) && !key.startsWith('VITEST')));
}

/** Runs `node scripts/build.ts ARGS` in `root` with extra environment variables. */
export function runBuild(root: string, args: string[] = [], env: Record<string, string> = {}): BuiltSite {
	const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...userEnv(), CI: 'true', ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
	return { root, dist: join(root, 'dist'), stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** Builds a fresh copy and throws with the build's output if it fails. */
export function buildSite(options: { args?: string[]; env?: Record<string, string>; prepare?: (root: string) => void } = {}): BuiltSite {
	const root = copyProject();
	options.prepare?.(root);
	const built = runBuild(root, options.args, options.env);
	if (built.status !== 0) {
		throw new Error(`build failed (${built.status}):\n${built.stdout}\n${built.stderr}`);
	}
	return built;
}

/** Removes a copy made by `copyProject` (kept when KEEP_TEST_SITES is set, for debugging). */
export function removeCopy(root: string): void {
	if (!process.env.KEEP_TEST_SITES) rmSync(root, { recursive: true, force: true });
}
