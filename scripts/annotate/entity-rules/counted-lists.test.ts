import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countedLists } from './counted-lists.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/counted-lists/', import.meta.url));
const counted = (abstract: string) =>
	countedLists
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// atlases-serial-comma is after 10.1002/hbm.21333 in scripts/eval/listings/unseen-neuroimaging.bib.
describe.each(readdirSync(fixturesDir).sort())('countedLists on fixture %s', (name) => {
	it('finds exactly the names of the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
		const abstract = readFileSync(`${fixturesDir}${name}/input.txt`, 'utf8').trim();
		const output = `${JSON.stringify(counted(abstract), null, '\t')}\n`;
		const expectedFile = `${fixturesDir}${name}/output.json`;
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
		expect(output).toBe(readFileSync(expectedFile, 'utf8'));
	});
});

describe('countedLists', () => {
	it('keeps a name with "and" inside when a serial comma marks the last item', () => {
		expect(counted('against three atlases (Talairach and Tournoux, Harvard-Oxford, and AAL)')).toEqual(['Talairach and Tournoux:method', 'Harvard-Oxford:method', 'AAL:method']);
	});

	it('leaves a bracket that is not all capitalised names', () => {
		expect(counted('in two settings (zero-shot and Few-Shot)')).toEqual([]);
	});
});
