import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptLowerCaseWords, type KeptLowerCaseWords } from './kept-lower-case-words.ts';
import { lowerCaseWordsOf } from './lower-case-words.ts';
import { documentWords } from './text-feature-table.ts';

/** Words in both cases, a hyphenated one and a stop word: papers write a word capitalised, in lower case or both. */
const VOCABULARY = ['Volcano', 'volcano', 'Albani', 'caldera-forming', 'Gravimetry', 'gravimetry', 'iMAGES', 'images', 'The', 'Über', 'über'];

/** A paper's text from its words; its text key is the text itself (the generator's digests it). */
const text = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** The papers' documents, each counting how often its words are read. */
function documents(texts: readonly string[], reads: { count: number }) {
	return texts.map((t) => {
		const { words } = documentWords({ title: t, abstract: '' });
		return {
			get words() {
				reads.count++;
				return words;
			},
		};
	});
}

/** Every word asked of both, in either case, and one no paper writes. */
const asked = [...VOCABULARY, ...VOCABULARY.map((w) => w.toUpperCase()), 'Colli'];

describe('keptLowerCaseWords', () => {
	it('answers as the words gathered from every paper, round after round of papers replaced, added and dropped', () => {
		const rounds = fc.array(fc.record({ replace: fc.array(fc.tuple(fc.nat(), text), { maxLength: 3 }), add: fc.array(text, { maxLength: 2 }), drop: fc.nat({ max: 2 }) }), { minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 10 }), rounds, (first, changes) => {
				let kept: KeptLowerCaseWords | undefined;
				let texts = first;
				for (const change of [{ replace: [], add: [], drop: 0 }, ...changes]) {
					texts = texts.slice(0, Math.max(1, texts.length - change.drop)).concat(change.add);
					for (const [at, replaced] of change.replace) texts[at % texts.length] = replaced;
					const known = texts.filter((t) => kept?.keys.includes(t)).length;
					const reads = { count: 0 };
					const written = keptLowerCaseWords(documents(texts, reads), { kept, keep: (words) => (kept = words), textKeys: texts });
					const expected = lowerCaseWordsOf(documents(texts, { count: 0 }));
					for (const word of asked) expect(written(word), word).toBe(expected(word));
					// Only the papers the kept lists lack are read.
					expect(reads.count).toBe(texts.length - known);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('keeps no word only a dropped paper wrote', () => {
		let kept: KeptLowerCaseWords | undefined;
		const keep = (words: KeptLowerCaseWords) => (kept = words);
		keptLowerCaseWords(documents(['the caldera-forming Volcano', 'gravimetry'], { count: 0 }), { kept, keep, textKeys: ['a', 'b'] })('volcano');
		const written = keptLowerCaseWords(documents(['the caldera-forming Volcano'], { count: 0 }), { kept, keep, textKeys: ['a'] });
		expect(written('Gravimetry')).toBe(false);
		expect(written('caldera-forming')).toBe(true);
		expect(kept!.words).not.toContain('gravimetry');
	});
});
