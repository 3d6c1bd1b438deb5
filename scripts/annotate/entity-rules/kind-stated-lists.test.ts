import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindStatedLists } from './kind-stated-lists.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/kind-stated-lists/', import.meta.url));
const found = (abstract: string) =>
	kindStatedLists
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Inputs from several fields (medicine, economics, climate, linguistics, software engineering,
// neuroimaging, environment), written after the held-out listings' abstracts, and one of negatives.
describe.each(readdirSync(fixturesDir).sort())('kindStatedLists on fixture %s', (name) => {
	it('finds exactly the names of the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
		const abstract = readFileSync(`${fixturesDir}${name}/input.txt`, 'utf8').trim();
		const output = `${JSON.stringify(found(abstract), null, '\t')}\n`;
		const expectedFile = `${fixturesDir}${name}/output.json`;
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
		expect(output).toBe(readFileSync(expectedFile, 'utf8'));
	});
});
