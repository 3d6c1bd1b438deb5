/**
 * Reading the listings: bytes → text (or a refusal) → records → records within the limits.
 * A file that yields no paper at all is a failed file: the build stops before writing
 * anything, so a truncated export can never publish a site without its papers.
 */
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseListing } from '../ingest/index.ts';
import type { Diagnostic, RawPaper } from '../ingest/types.ts';
import { BuildError, EXIT } from './args.ts';
import { decodeText } from './decode-text.ts';
import { refuseOversized } from './record-limits.ts';

export interface SourcesRead {
	papers: RawPaper[];
	/** Skipped records, and why each failed file failed. */
	diagnostics: Diagnostic[];
	/** Files (as displayed) that yielded no paper. */
	failed: string[];
}

/**
 * Expands `--source` paths and globs (relative to `root`) into files; with none, every file
 * in content/sources/. A path that names no file is a command-line mistake, like a glob
 * that matches none.
 */
export function resolveSources(root: string, patterns: string[]): string[] {
	if (!patterns.length) {
		const dir = join(root, 'content/sources');
		return readdirSync(dir)
			.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
			.sort()
			.map((name) => join(dir, name));
	}
	return patterns.flatMap((pattern) => {
		if (/[*?[{]/.test(pattern)) {
			const matches = globSync(pattern, { cwd: root }).sort().map((file) => resolve(root, file)).filter((file) => statSync(file).isFile());
			if (!matches.length) throw new BuildError(`--source ${pattern}: no file matches`, EXIT.usage);
			return matches;
		}
		const file = resolve(root, pattern);
		if (!existsSync(file)) throw new BuildError(`--source ${pattern}: no such file`, EXIT.usage);
		if (statSync(file).isDirectory()) throw new BuildError(`--source ${pattern}: is a folder; give its files, e.g. '${pattern.replace(/\/$/, '')}/*'`, EXIT.usage);
		return [file];
	});
}

/**
 * Reads and parses every file; `display` names a file in messages (a path relative to the
 * project). Sources on the pages carry the file name only, never a path of this machine.
 */
export function readSources(files: string[], display: (file: string) => string): SourcesRead {
	const read: SourcesRead = { papers: [], diagnostics: [], failed: [] };
	for (const file of files) {
		const name = display(file);
		const { papers, diagnostics } = readSource(file, name);
		read.diagnostics.push(...diagnostics);
		if (!papers.length) read.failed.push(name);
		read.papers.push(...papers.map((paper) => ({ ...paper, sources: paper.sources.map((s) => ({ ...s, file: basename(s.file) })) })));
	}
	return read;
}

function readSource(file: string, name: string): { papers: RawPaper[]; diagnostics: Diagnostic[] } {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		return { papers: [], diagnostics: [{ severity: 'error', file: name, line: 1, message: `cannot read: ${(error as Error).message}` }] };
	}
	const decoded = decodeText(bytes, name);
	if ('error' in decoded) return { papers: [], diagnostics: [decoded.error] };
	const parsed = parseListing(decoded.text, name);
	const limited = refuseOversized(parsed.papers);
	return { papers: limited.papers, diagnostics: [...parsed.diagnostics, ...limited.diagnostics] };
}
