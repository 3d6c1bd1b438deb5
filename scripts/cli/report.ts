/**
 * How the build talks to people: diagnostics in `file:line:column` form, progress on
 * a terminal only (quiet in CI and pipes), and one closing summary.
 */
import type { Diagnostic } from '../ingest/types.ts';

/** Formats a diagnostic the way compilers do, so editors and terminals can link it. */
export function formatDiagnostic(d: Diagnostic): string {
	const place = d.column ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
	return `${place}: ${d.severity}: ${d.message}`;
}

/** A progress line that redraws itself on a TTY and prints nothing elsewhere. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
	const live = Boolean(stream.isTTY) && !process.env.CI;
	let last = 0;
	return {
		update(label: string, done: number, total: number) {
			if (!live) return;
			const now = Date.now();
			if (done !== total && now - last < 100) return;
			last = now;
			stream.write(`\r\x1b[K${label} ${done}/${total}`);
		},
		done() {
			if (live) stream.write('\r\x1b[K');
		},
	};
}

/** The closing summary: how many papers were read, skipped or kept with a warning (with reasons) and merged. */
export function formatSummary(s: {
	read: number;
	/** The input's problems: records skipped, and records read with a repair (`recordKept`). */
	problems: Diagnostic[];
	merged: number;
	/** Merges whose sources disagreed on title or abstract, one line each (`mergePapers`). */
	conflicts?: string[];
	pages: number;
	written: number;
	unchanged: number;
	removed: number;
}): string {
	const skipped = s.problems.filter((d) => !d.recordKept);
	const lines = [
		`${s.read} papers read, ${skipped.length} skipped, ${s.merged} merged` +
			(s.conflicts?.length ? ` (${s.conflicts.length} with conflicts)` : '') +
			` → ${s.pages} pages ` +
			`(${s.written} written, ${s.unchanged} unchanged, ${s.removed} removed).`,
	];
	for (const d of s.problems) lines.push(`  ${d.recordKept ? 'kept' : 'skipped'}: ${formatDiagnostic(d)}`);
	for (const c of s.conflicts ?? []) lines.push(`  conflict: ${c}`);
	return lines.join('\n');
}

/**
 * Why the build stopped when a whole file yielded no paper: the counts (failed files apart
 * from skipped records) and which files failed; their reasons were printed above.
 */
export function formatFailedFiles(read: number, problems: Diagnostic[], failed: string[]): string {
	const files = failed.length === 1 ? '1 file failed' : `${failed.length} files failed`;
	const records = problems.filter((d) => !d.recordKept && !failed.includes(d.file)).length;
	return (
		`${read} papers read, ${records} skipped, ${files}: no paper could be read from ${failed.join(', ')}. ` +
		'Nothing was written; fix or remove the file and build again.'
	);
}
