import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFileWriter } from './file-writer.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-file-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('startFileWriter', () => {
	it('writes every queued file, in full batches and a last shorter one, as UTF-8 with mode 0644', async () => {
		const writer = startFileWriter();
		const texts = Array.from({ length: 150 }, (_, i) => `page ${i}: é ✓ 𝔸 ${'x'.repeat(i * 97)}\n`);
		texts.forEach((text, i) => writer.write(join(dir, `p${i}.mdx`), text));
		await writer.finish();
		expect(readdirSync(dir)).toHaveLength(texts.length);
		texts.forEach((text, i) => expect(readFileSync(join(dir, `p${i}.mdx`), 'utf8')).toBe(text));
		expect(statSync(join(dir, 'p0.mdx')).mode & 0o777).toBe(0o644 & ~process.umask());
	});

	it('never writes over a file that is there, and fails its finish with the error and code of the first failure', async () => {
		writeFileSync(join(dir, 'taken.mdx'), 'before');
		const writer = startFileWriter();
		writer.write(join(dir, 'a.mdx'), 'a');
		writer.write(join(dir, 'taken.mdx'), 'after');
		writer.write(join(dir, 'b.mdx'), 'b');
		await expect(writer.finish()).rejects.toMatchObject({ code: 'EEXIST' });
		expect(readFileSync(join(dir, 'taken.mdx'), 'utf8')).toBe('before');
		// Nothing is written after a failure.
		expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'taken.mdx']);
	});

	it('ends at once when aborted', async () => {
		const writer = startFileWriter();
		writer.write(join(dir, 'a.mdx'), 'a');
		await writer.abort();
	});
});
