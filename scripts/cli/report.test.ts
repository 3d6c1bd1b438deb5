import { describe, expect, it } from 'vitest';
import { createProgress, formatDiagnostic, formatFailedFiles, formatSummary } from './report.ts';

/** A stand-in for a terminal or a pipe that records what was written. */
const fakeStream = (isTTY: boolean) => {
	const chunks: string[] = [];
	return { chunks, stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream };
};

describe('formatDiagnostic', () => {
	it('writes file:line:column like a compiler', () => {
		expect(formatDiagnostic({ severity: 'error', file: 'a.json', line: 3, column: 7, message: 'expected "}"' })).toBe(
			'a.json:3:7: error: expected "}"',
		);
	});

	it('leaves the column out when the format has none', () => {
		expect(formatDiagnostic({ severity: 'warning', file: 'p.txt', line: 12, message: 'no abstract' })).toBe(
			'p.txt:12: warning: no abstract',
		);
	});
});

describe('formatSummary', () => {
	it('counts read, skipped and merged papers and lists every skip', () => {
		const text = formatSummary({
			read: 10,
			problems: [{ severity: 'warning', file: 'x.bib', line: 8, message: 'unclosed brace' }],
			merged: 2,
			pages: 8,
			written: 1,
			unchanged: 7,
			removed: 0,
		});
		expect(text).toBe(
			'10 papers read, 1 skipped, 2 merged → 8 pages (1 written, 7 unchanged, 0 removed).\n' +
				'  skipped: x.bib:8: warning: unclosed brace',
		);
	});

	it('lists a record read with a repair without counting it as skipped', () => {
		const text = formatSummary({
			read: 3,
			problems: [{ severity: 'warning', file: 'x.bib', line: 4, message: 'Read the author field as names separated by commas.', recordKept: true }],
			merged: 0,
			pages: 3,
			written: 3,
			unchanged: 0,
			removed: 0,
		});
		expect(text).toBe(
			'3 papers read, 0 skipped, 0 merged → 3 pages (3 written, 0 unchanged, 0 removed).\n' +
				'  kept: x.bib:4: warning: Read the author field as names separated by commas.',
		);
	});

	it('counts and lists merges whose sources conflicted', () => {
		const text = formatSummary({
			read: 2,
			problems: [],
			merged: 1,
			conflicts: ['"B": a.json, line 4: abstract differs from b.bib, line 2, whose title and abstract were kept (it came first)'],
			pages: 1,
			written: 1,
			unchanged: 0,
			removed: 0,
		});
		expect(text).toBe(
			'2 papers read, 0 skipped, 1 merged (1 with conflicts) → 1 pages (1 written, 0 unchanged, 0 removed).\n' +
				'  conflict: "B": a.json, line 4: abstract differs from b.bib, line 2, whose title and abstract were kept (it came first)',
		);
	});
});

describe('createProgress', () => {
	it('redraws one line on a terminal', () => {
		const saved = process.env.CI;
		delete process.env.CI;
		try {
			const { chunks, stream } = fakeStream(true);
			const progress = createProgress(stream);
			progress.update('annotating', 3, 3);
			progress.done();
			expect(chunks).toEqual(['\r\x1b[Kannotating 3/3', '\r\x1b[K']);
		} finally {
			if (saved !== undefined) process.env.CI = saved;
		}
	});

	it('stays quiet in a pipe', () => {
		const { chunks, stream } = fakeStream(false);
		const progress = createProgress(stream);
		progress.update('annotating', 1, 2);
		progress.done();
		expect(chunks).toEqual([]);
	});

	it('stays quiet in CI even on a terminal', () => {
		const saved = process.env.CI;
		process.env.CI = 'true';
		try {
			const { chunks, stream } = fakeStream(true);
			createProgress(stream).update('annotating', 1, 2);
			expect(chunks).toEqual([]);
		} finally {
			if (saved === undefined) delete process.env.CI;
			else process.env.CI = saved;
		}
	});
});

describe('formatFailedFiles', () => {
	it('counts failed files apart from skipped records and names them', () => {
		const skipped = [
			{ severity: 'warning' as const, file: 'a.bib', line: 8, message: 'no abstract' },
			{ severity: 'error' as const, file: 'b.json', line: 1, column: 9, message: 'The JSON ends early' },
		];
		expect(formatFailedFiles(48, skipped, ['b.json'])).toBe(
			'48 papers read, 1 skipped, 1 file failed: no paper could be read from b.json. Nothing was written; fix or remove the file and build again.',
		);
		expect(formatFailedFiles(0, [], ['b.json', 'c.txt'])).toMatch(/^0 papers read, 0 skipped, 2 files failed: no paper could be read from b\.json, c\.txt\./);
	});
});
