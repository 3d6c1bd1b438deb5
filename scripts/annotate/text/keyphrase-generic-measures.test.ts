import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericMeasures, isGenericMeasure } from './keyphrase-generic-measures.ts';
import { extractKeyphraseCandidates, keyphrasesRule } from './keyphrases.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/keyphrase-generic-measures/', import.meta.url));

describe('isGenericMeasure', () => {
	it('holds a design, quantity, evaluation or reporting head with only grading or counting words before it', () => {
		for (const phrase of ['empirical evidence', 'two-year study', 'small sample', 'per-farmer cost', 'rapid growth', 'optimal use', 'highest possible outcome', 'use impacts', 'sample group', 'high-level goals', 'Scale', 'ten-fold increase']) {
			expect(isGenericMeasure(phrase), phrase).toBe(true);
		}
	});

	it('leaves a phrase with a word of its own field before the head', () => {
		for (const phrase of ['growth rate', 'effect size', 'spatial scale', 'randomized controlled trial', 'sampling effect', 'odds ratio', 'sea level', 'negative samples', 'species turnover']) {
			expect(isGenericMeasure(phrase), phrase).toBe(false);
		}
	});
});

describe('genericMeasures', () => {
	it('is a keyphrase filter dropping what isGenericMeasure holds', () => {
		expect(genericMeasures.drops('small sample', { text: '', acronyms: [] })).toBe(true);
		expect(genericMeasures.drops('growth rate', { text: '', acronyms: [] })).toBe(false);
	});

	describe.each(readdirSync(fixturesDir).sort())('fixture %s', (name) => {
		it('keeps and drops exactly the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
			const abstract = readFileSync(`${fixturesDir}${name}/input.txt`, 'utf8').trim();
			const kept = keyphrasesRule.annotate({ abstract } as Parameters<typeof keyphrasesRule.annotate>[0], { acronyms: [] }).map((c) => c.text);
			const dropped = extractKeyphraseCandidates(abstract).map((c) => c.text).filter((text) => !kept.includes(text));
			const expectedFile = `${fixturesDir}${name}/output.json`;
			const output = `${JSON.stringify({ kept, dropped }, null, '\t')}\n`;
			if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
			expect(output).toBe(readFileSync(expectedFile, 'utf8'));
		});
	});
});

describe('isGenericMeasure, its head read in place', () => {
	it('reads a phrase by its words alone, whatever white space stands between and around them', () => {
		const word = fc.constantFrom('two-year', 'study', 'studies', 'Rate', 'growth', 'large', 'use', 'impacts', 'sampling', 'effect', '');
		const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\n');
		fc.assert(
			fc.property(fc.array(fc.tuple(space, word), { maxLength: 5 }), space, (parts, last) => {
				const phrase = parts.map(([s, w]) => s + w).join('') + last;
				const words = phrase.split(/\s+/).filter(Boolean);
				expect(isGenericMeasure(phrase)).toBe(words.length > 0 && isGenericMeasure(words.join(' ')));
			}),
		);
	});
});
