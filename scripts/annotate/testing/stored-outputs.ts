/**
 * Fixture-driven tests of annotation rules: one folder per case holding its input files and
 * the output stored for it. Test support only: imported by `*.test.ts`, never by a rule.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A case folder's file as trimmed text, or null when the folder has no such file. */
export type CaseFile = (name: string) => string | null;

/**
 * One test per folder under `dir`: what `produce` makes of the folder's files, as tab-indented
 * JSON, must be exactly its `output.json`. `UPDATE_FIXTURES=1` rewrites the stored file instead,
 * so a deliberate change is reviewed as a diff of the fixtures.
 */
export function describeStoredOutputs(dir: URL, title: string, claim: string, produce: (file: CaseFile) => unknown): void {
	const root = fileURLToPath(dir);
	describe.each(readdirSync(root).sort())(title, (name) => {
		it(`${claim} (UPDATE_FIXTURES=1 rewrites it)`, () => {
			const file: CaseFile = (fileName) => {
				const path = join(root, name, fileName);
				return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
			};
			const output = `${JSON.stringify(produce(file), null, '\t')}\n`;
			const stored = join(root, name, 'output.json');
			if (process.env.UPDATE_FIXTURES === '1') writeFileSync(stored, output);
			expect(output).toBe(readFileSync(stored, 'utf8'));
		});
	});
}
