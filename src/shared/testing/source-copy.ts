/**
 * A scratch copy of the project's code (`scripts/`, `src/`, `package-lock.json`), to check
 * which edits change a source digest without touching the real files.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

const projectRoot = join(import.meta.dirname, '../../..');

// Data no source digest reads: the evaluation's listings and gold, and the tests' fixtures. They are
// most of the bytes, and copying and removing them four times a test outlasted a hook's timeout on a
// loaded machine.
const DATA_FOLDERS = [join('scripts', 'eval', 'listings'), join('scripts', 'eval', 'gold')];

function isCode(path: string): boolean {
	const relative = path.slice(projectRoot.length + 1);
	return basename(path) !== 'fixtures' && !DATA_FOLDERS.includes(relative);
}

/** Copies the code (not the evaluation's data or the tests' fixtures) into a new temporary folder, removed when the test ends, and returns its path. */
export function copySources(): string {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-sources-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const path of ['scripts', 'src', 'package-lock.json']) cpSync(join(projectRoot, path), join(root, path), { recursive: true, filter: isCode });
	return root;
}

/** Appends a line to `path` under `root` (creating it and its folders if need be). */
export function editFile(root: string, path: string, line = '// edited\n'): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	appendFileSync(join(root, path), line);
}

/** Sets one locked package's version in the copy's `package-lock.json`. */
export function lockVersion(root: string, name: string, version: string): void {
	const file = join(root, 'package-lock.json');
	const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, { version?: string }> };
	lock.packages[`node_modules/${name}`]!.version = version;
	writeFileSync(file, JSON.stringify(lock, null, 2));
}
