/**
 * A plain word of the title the abstract treats as a proper name: "Replacing Large Language
 * Models with Jev Decision Models …", whose abstract writes "We compare Jev, two self-hosted
 * decision models, …", "Jev reduces …", "Jev's API fees …". No coined-name test can see such a
 * name, but the text's use of it can: written capitalised where no sentence begins, never in
 * lower case, and at least once as a noun of its own (before a comma, a full stop or "'s"),
 * not only as a modifier ("Bayesian optimization", "Kalman filter", "Chinese web data"), nor only
 * as what a copula or an adverb says a thing is ("These metrics are never Einstein, but they are
 * conformally Einstein.": mathematics makes an eponym an adjective, a property of its objects), nor only
 * after "in" ("the implementation of istibdal in Kedah.": where the work was done, a place no list
 * of countries holds); and
 * never before a word of disease ("Zika virus", "Zika cases": a pathogen, not a method), in the
 * possessive too ("Alzheimer's disease", "Parkinson's disease": the eponym names the disease). A
 * possessive written each time before the same lower-case noun is one eponymous term ("Barrett’s
 * esophagus", "Moore's law"), the noun's name, and is no use of the name on its own.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityRule } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { allMatches } from '../all-matches.ts';

const TITLE_WORD = /(?<![\w-])[A-Z][a-z]+(?![\w-])/g;
// "Zika virus", "Ebola outbreak", "Alzheimer's disease": a word that names a pathogen or a disease is no method.
const PATHOGEN_HEAD = String.raw`(?:['’]s)?\s(?:virus|viruses|fever|disease|infections?|outbreaks?|epidemics?|cases)\b`;
// "are never Einstein,", "conformally Einstein.": the word is a property predicated of a thing, not a thing.
const PREDICATED = /(?:\b(?:is|are|was|were|be|been|being|not|never|always|also|still)|[a-z]ly)\s+$/;
// "the implementation of istibdal in Kedah.": a word that stands as a noun only after "in", and not as an owner, is where the work was done, a place.
const LOCATED = /\b(?:in|across|throughout)\s+$/;
/** Times the abstract must write the name where no sentence begins. */
const MIN_USES = 2;

/**
 * Whether `text` writes `word` in the possessive at least twice, each time before the same lower-case
 * noun: one eponymous term ("Barrett’s esophagus" four times), not the name used on its own.
 *
 * @example eponymousTerm('Barrett', 'Barrett’s esophagus is … in Barrett’s esophagus') // true
 */
export function eponymousTerm(word: string, text: string): boolean {
	const nouns = allMatches(text, new RegExp(String.raw`(?<![\w-])${escapeRegExp(word)}['’]s\s+(\S+)`, 'g')).map((m) => m[1]!);
	return nouns.length >= 2 && nouns.every((noun) => noun === nouns[0] && /^[a-z]/.test(noun));
}

/** Title words used as proper names in the abstract, as methods it uses. */
export const titleProperNames: EntityRule = {
	name: 'title proper names',
	priority: 0,
	find({ title, abstract, sentences, isGeneric, isKnown, inUrl }) {
		const starts = new Set(sentences.map((s) => s.start));
		const words = new Set(allMatches(title, TITLE_WORD).map((m) => m[0]));
		return [...words]
			// Cheap test first: most title words are not written capitalised twice in the abstract.
			.filter((word) => abstract.indexOf(word) !== abstract.lastIndexOf(word) && !isGeneric(word) && !isKnown(word))
			.filter((word) => {
				const escaped = escapeRegExp(word);
				if (boundedStarts(word.toLowerCase(), abstract).length > 0) return false;
				if (new RegExp(`(?<![\\w-])${escaped}${PATHOGEN_HEAD}`).test(abstract)) return false;
				const uses = boundedStarts(word, abstract).filter((at) => !starts.has(at) && !inUrl(at));
				if (uses.length < MIN_USES) return false;
				const asNoun = allMatches(abstract, new RegExp(`(?<![\\w-])${escaped}(?:'s|’s|[,.;:)])`, 'g'));
				const term = eponymousTerm(word, abstract);
				return asNoun.some((m) => {
					const before = abstract.slice(Math.max(0, m.index - 24), m.index);
					const possessive = /['’]s$/.test(m[0]);
					// "facilitated in Kepler’s workflow environment": after "in", the possessive is the thing's, not a place.
					return !PREDICATED.test(before) && !(LOCATED.test(before) && !possessive) && !(term && possessive);
				});
			})
			.map((name) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
