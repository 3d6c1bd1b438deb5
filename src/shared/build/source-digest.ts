/**
 * One digest of everything besides the input that shapes what a stage produces: its source
 * files, the versions of the packages it runs on, and data files it reads. The generator's
 * cache and the page loader key their entries by it, so an edit anywhere in their code, a
 * dependency update or a lexicon change renders affected pages again, with nothing to bump
 * by hand. Pure: the files are read by the caller (`readSourceFiles`).
 */
import { createHash } from 'node:crypto';

/** A file that goes into the digest: its path (relative, `/`-separated) and its bytes. */
export interface DigestFile {
	path: string;
	content: string | Uint8Array;
}

/**
 * Every package `package-lock.json` resolves, as sorted `path@version` lines: a dependency
 * updated anywhere in the tree changes them. An unreadable lockfile gives its text as is.
 *
 * @example lockedVersions('{"packages":{"":{},"node_modules/yaml":{"version":"2.9.1"}}}')
 * // 'node_modules/yaml@2.9.1'
 */
export function lockedVersions(lockfile: string): string {
	let packages: Record<string, { version?: string }>;
	try {
		packages = (JSON.parse(lockfile) as { packages?: typeof packages }).packages ?? {};
	} catch {
		return lockfile;
	}
	return Object.entries(packages)
		.flatMap(([path, entry]) => (entry.version === undefined ? [] : [`${path}@${entry.version}`]))
		.sort()
		.join('\n');
}

/** The hex SHA-256 of the files (in path order), the lockfile's package versions and the data files. */
export function sourceDigest(parts: { files: readonly DigestFile[]; lockfile: string; data?: readonly { file: string; text: string }[] }): string {
	const hash = createHash('sha256');
	// Each part is length-prefixed, so no two different inputs hash the same bytes.
	const add = (value: string | Uint8Array) => hash.update(`${Buffer.byteLength(value)}:`).update(value);
	for (const file of [...parts.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		add(file.path);
		add(file.content);
	}
	add(lockedVersions(parts.lockfile));
	for (const { file, text } of parts.data ?? []) {
		add(file);
		add(text);
	}
	return hash.digest('hex');
}
