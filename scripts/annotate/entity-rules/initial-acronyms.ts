/**
 * An acronym the abstract never defines, whose letters are the initials of a name the paper writes in
 * full, is that name: "self-training with a random forest classifier … compared to traditional ML methods
 * (NB, RF, SVM)" speaks of one random forest, which the lexicon finds by its full name and a list rule by
 * "RF". Fields abbreviate their common techniques so once they have written them out, or in a list beside
 * them, without the bracket the acronym rules read; two entities would count one classifier twice. An
 * acronym the abstract defines otherwise ("radio frequency (RF)") keeps its own meaning.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import type { Candidate } from './resolve-mentions.ts';

/** A short all-capitals name ("RF", "NB", "KNN"). */
const SHORT = /^[A-Z]{2,5}$/;

/**
 * The initials of a name of two words or more, hyphenated parts counted, upper-cased; "" for one word.
 *
 * @example nameInitials('k-nearest neighbours') // 'KNN'
 * @example nameInitials('random forest') // 'RF'
 */
export function nameInitials(name: string): string {
	const parts = name.split(/[\s-]+/).filter(Boolean);
	return parts.length < 2 ? '' : parts.map((part) => part[0]!.toUpperCase()).join('');
}

/** Folds each undefined short acronym into the one candidate whose full name it abbreviates, in place. */
export function foldInitialAcronyms(candidates: Map<string, Candidate>, acronyms: readonly Acronym[]): void {
	for (const [shortKey, short] of candidates) {
		if (!SHORT.test(short.name) || acronyms.some((a) => a.short === short.name)) continue;
		const spelled = [...candidates.values()].filter((c) => c !== short && nameInitials(c.name) === short.name);
		if (spelled.length !== 1) continue;
		const [full] = spelled as [Candidate];
		for (const form of [short.name, ...short.forms]) full.forms.add(form);
		candidates.delete(shortKey);
	}
}
