/**
 * Datasets whose results a sentence reports the way it reports a known dataset's: "such as
 * summarisation (XSum by 18.6%), instruction following (MemoTrap by 10.9%), and open-book
 * question answering (NQ-Open by 2.4% and NQ-Swap by 5.5%)". XSum and NQ-Open are datasets
 * the lexicons know; the coined names improved "by" a number beside them are datasets too.
 * Without a known dataset in the sentence "X by 5%" may as well be a model beaten by 5%.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';

// `\b` first: where the lookbehind lets a name start, a word boundary stands, and V8 then skips the
// positions inside words at once instead of testing the lookbehind at each (the same matches, faster).
const GAIN_BY = /\b(?<![\w-])([A-Za-z][\w.-]*[\w])\s+by\s+(?:up to\s+)?[\d.]+\s*(?:%|pp\b|points?\b)/g;

/** Coined names improved "by" a number in a sentence that so reports a known dataset, as datasets used. */
export const gainsByDataset: EntityRule = {
	name: 'gains by dataset',
	priority: 1,
	find({ abstract, sentences, lexicons, isGeneric, isKnown, inAcronym }) {
		const { lookup } = lexiconIndex(lexicons);
		return sentences.flatMap((sentence) => {
			const names = [...sentence.text.matchAll(GAIN_BY)].map((m) => ({ name: m[1]!, at: sentence.start + m.index }));
			if (!names.some(({ name }) => lookup.get(name)?.type === 'dataset')) return [];
			return names
				.filter(({ name, at }) => isCoinedName(name) && !isGeneric(name) && !isKnown(name) && !inAcronym(at) && abstract.startsWith(name, at))
				.map(({ name }) => ({ type: 'dataset' as const, name, role: 'used' as const, forms: [] }));
		});
	},
};
