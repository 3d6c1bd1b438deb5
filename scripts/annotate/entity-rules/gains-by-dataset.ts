/**
 * Datasets whose results a sentence reports the way it reports a known dataset's: "such as
 * summarisation (XSum by 18.6%), instruction following (MemoTrap by 10.9%), and open-book
 * question answering (NQ-Open by 2.4% and NQ-Swap by 5.5%)". XSum and NQ-Open are datasets
 * the lexicons know; the coined names improved "by" a number beside them are datasets too.
 * Without a known dataset in the sentence "X by 5%" may as well be a model beaten by 5%.
 *
 * A sentence that lists gains by where they were measured names its benchmarks too: "surpassing
 * GRPO-trained agents by +18.3% on ALFWorld, +15.4% on WebShop, +27.1% on Sokoban, and +8.9% on
 * MineSweeper". Two gains or more, each "on" a capitalised name, are results on as many datasets or
 * environments, whatever their shape (a plain word such as "Sokoban" too), unless a name is a
 * model's: "a score of 54.2% on Qwen3-Coder-30B-A3B and 40.6% on Qwen3-32B" reports scores with two
 * backbones, which a parameter count or the model lexicon tells. So does a list of scores raised, each
 * "from" one value "to" another on a capitalised name ("improving GenEval from 0.78 to 0.91 and DPG from
 * 84.0 to 87.2"), a trailing "++" kept as part of the name, and a list of gains each with its
 * benchmark in brackets ("improving the baseline by 22.4% (Persona-MME) and 9.8% (PERSONAMEM)").
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { PARAMETER_COUNT } from './type-evidence.ts';
import { allMatches } from '../all-matches.ts';

// `\b` first: where the lookbehind lets a name start, a word boundary stands, and V8 then skips the
// positions inside words at once instead of testing the lookbehind at each (the same matches, faster).
const GAIN_BY = /\b(?<![\w-])([A-Za-z][\w.-]*[\w])\s+by\s+(?:up to\s+)?[\d.]+\s*(?:%|pp\b|points?\b)/g;

/**
 * A gain and the capitalised name it was measured on: "+18.3% on ALFWorld", "4.1 points on the Foo",
 * "2.5 points exact-match accuracy on Foo" (up to four words of the metric between), "46.6 macro-F1 on
 * Foo" (a metric's own name for the unit); a benchmark's subset may add a capitalised word to its
 * name ("44.4% on FOO Numeric").
 */
const GAIN_ON = /(?<![\w.])[+]?\d+(?:\.\d+)?\s*(?:%|pp\b|points?\b|(?:macro-|micro-)?F1\b|BLEU\b|mAP\b|AUC\b)(?:\s+[a-z][\w-]*){0,4}?\s+on\s+(?:the\s+)?([A-Z][\w.-]*[\w](?:\s+[A-Z][a-z]+(?![\w-]))?)(?![\w-])/g;

/** A score raised from one value to another on a capitalised name: "improving GenEval from 0.78 to 0.91", "Foo++ from 61.5 to 77.4". */
const GAIN_FROM = /(?<![\w.+-])([A-Z][\w.-]*[\w](?:\+\+?)?)\s+from\s+\d+(?:\.\d+)?\s*%?\s+to\s+\d+(?:\.\d+)?/g;
/** A gain with the capitalised name it was measured on in brackets: "by 22.4% (Persona-MME) and 9.8% (PERSONAMEM)". */
const GAIN_BRACKETED = /(?<![\w.])[+]?\d+(?:\.\d+)?\s*(?:%|pp\b|points?\b)\s+\(([A-Z][\w.-]*[\w])\)/g;

/** The names of a sentence's list of gains measured on them, when it lists two or more. */
function gainsOn(text: string, start: number): { name: string; at: number }[] {
	const on = text.includes(' on ') ? allMatches(text, GAIN_ON).map((m) => ({ name: m[1]!, at: start + m.index + m[0].length - m[1]!.length })) : [];
	// "improving A from 0.78 to 0.91, B from 84.0 to 87.2 and C from …": each score raised is one benchmark's.
	const from = text.includes(' from ') ? allMatches(text, GAIN_FROM).map((m) => ({ name: m[1]!, at: start + m.index })) : [];
	// "by 22.4% (Persona-MME) and 9.8% (PERSONAMEM)": each gain's bracket names where it was measured.
	const bracketed = text.includes('(') ? allMatches(text, GAIN_BRACKETED).map((m) => ({ name: m[1]!, at: start + m.index + m[0].length - m[1]!.length - 1 })) : [];
	return [on, from, bracketed].flatMap((names) => (new Set(names.map((n) => n.name)).size >= 2 ? names : []));
}

/**
 * Coined names improved "by" a number in a sentence that so reports a known dataset, and the names
 * a list of gains is measured on, as datasets used.
 */
export const gainsByDataset: EntityRule = {
	name: 'gains by dataset',
	priority: 1,
	find({ abstract, sentences, lexicons, isGeneric, isKnown, inAcronym }) {
		const { lookup } = lexiconIndex(lexicons);
		return sentences.flatMap((sentence) => {
			const listed = gainsOn(sentence.text, sentence.start)
				.filter(({ name, at }) => !isGeneric(name) && !isKnown(name) && !inAcronym(at) && !PARAMETER_COUNT.test(name) && lookup.get(name)?.type !== 'model')
				.map(({ name }) => ({ type: 'dataset' as const, name, role: 'used' as const, forms: [] }));
			const names = allMatches(sentence.text, GAIN_BY).map((m) => ({ name: m[1]!, at: sentence.start + m.index }));
			if (!names.some(({ name }) => lookup.get(name)?.type === 'dataset')) return listed;
			return names
				.filter(({ name, at }) => isCoinedName(name) && !isGeneric(name) && !isKnown(name) && !inAcronym(at) && abstract.startsWith(name, at))
				.map(({ name }) => ({ type: 'dataset' as const, name, role: 'used' as const, forms: [] }))
				.concat(listed);
		});
	},
};
