/**
 * Reads the source files a digest covers (`sourceDigest`): every file under some folders,
 * recursively, and every local module they import from elsewhere, followed transitively —
 * so a stage's digest covers what it runs wherever a module moves to.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sourceDigest, type DigestFile } from './source-digest.ts';

/** Modules whose imports are followed. */
const MODULE = /\.(?:[cm]?[jt]s|tsx?)$/;

/** Relative specifiers of static imports and re-exports (`from './x.ts'`), bare imports and `import('./x.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/** Paths (relative to the folder walked, `/`-separated) of files and folders to leave out. */
export type SkipPath = (path: string) => boolean;

/**
 * The files under `dirs` (relative to `root`) that `skip` does not exclude, and the local
 * modules they import outside those folders, with `/`-separated paths relative to `root`.
 */
export function readSourceFiles(root: string, dirs: readonly string[], skip: SkipPath = () => false): DigestFile[] {
	const files = new Map<string, DigestFile>();
	const add = (absolute: string) => {
		const path = relative(root, absolute).split(sep).join('/');
		if (files.has(path) || path.startsWith('../')) return;
		const content = readFileSync(absolute);
		files.set(path, { path, content });
		if (!MODULE.test(path)) return;
		for (const [, , specifier] of content.toString('utf8').matchAll(RELATIVE_IMPORT)) {
			const target = resolve(dirname(absolute), specifier!);
			if (existsSync(target) && statSync(target).isFile()) add(target);
		}
	};
	for (const dir of dirs) {
		const base = join(root, dir);
		if (!existsSync(base)) continue;
		for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const path = relative(base, join(entry.parentPath, entry.name)).split(sep).join('/');
			if (!skip(path)) add(join(base, path));
		}
	}
	return [...files.values()];
}

/**
 * `sourceDigest` of what `readSourceFiles(root, dirs, skip)` reads, of `root`'s
 * `package-lock.json` (none counts as empty) and of `data`.
 */
export function digestSources(root: string, dirs: readonly string[], options: { skip?: SkipPath; data?: readonly { file: string; text: string }[] } = {}): string {
	const lockfile = join(root, 'package-lock.json');
	return sourceDigest({
		files: readSourceFiles(root, dirs, options.skip),
		lockfile: existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : '',
		data: options.data,
	});
}
