/**
 * Software named as a package, whatever its case: "we present the r package mobsim", "a new r
 * package (mobr)", "the vegan package". Package names are often written in lower case, so no
 * capitalisation rule sees them, but the noun "package" (after a language name or not) says a
 * piece of software is meant, and the word it names is the package. It is a name, not a word of
 * the sentence, when the text writes it in brackets or uses it again on its own ("mobsim allows
 * …", "The metrics that mobr provides …"); a function word ("the package that …") never is.
 * A word the text also writes as the head of another compound is a common noun, not a name: in
 * "for R package retrieval" beside "tool retrieval", "retrieval" is what is done to packages.
 * The paper introduces the package when the authors' sentence calls it new or their own, or a
 * contribution verb governs it ("we present the r package mobsim"); otherwise it is used.
 */
import type { EntityRule } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { OUR, WE } from '../text/first-person.ts';
import { titledText } from '../last-text.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';

const LANGUAGE = String.raw`(?:R|r|Python|python|Julia|julia|MATLAB|Matlab|Stata|Perl|JavaScript|Java|Rust|CRAN|PyPI|npm)`;
const NAME = String.raw`[A-Za-z][\w.]*[\w]`;
// "the r package mobsim", "a new r package (mobr)", "package called foo".
const PACKAGE_THEN_NAME = new RegExp(String.raw`\b(?:${LANGUAGE}\s+)?package\s+(?:(?:called|named)\s+)?(\()?(${NAME})(\))?`, 'g');
// "the vegan package", "the mobsim R package".
const NAME_THEN_PACKAGE = new RegExp(String.raw`\bthe\s+(${NAME})\s+(?:${LANGUAGE}\s+)?package\b`, 'g');
const FUNCTION_WORD =
	/^(?:a|an|the|that|which|who|whose|this|these|those|it|its|is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|should|to|of|for|in|on|at|by|with|from|into|and|or|but|as|than|also|both|each|all|any|some|provides?|offers?|allows?|includes?|implements?|contains?|enables?|supports?|uses?|called|named)$/i;
// Words that stand before "package" as kinds of package, not names of one.
const KIND = /^(?:software|statistical|analysis|open|source|open-source|new|our|same|whole|entire|full|core|base|free|standard|simulation|modelling|modeling|R|r|Python|python)$/;
const OWN = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|study|work|article))\b`, 'i');
const CONTRIBUTION = /\b(?:propos|introduc|present|develop|design|creat|build|provid|releas|implement|integrat|describ)\w*\b|\bnew\b|\bour\b/i;

/** Whether `text` writes `name` after a lower-case noun other than "package" ("tool retrieval"): the head of a compound. */
function headOfCompound(name: string, text: string): boolean {
	if (/[A-Z\d]/.test(name)) return false;
	for (const m of text.matchAll(new RegExp(String.raw`\b([a-z]+)\s+${escapeRegExp(name)}\b`, 'g'))) {
		const word = m[1]!;
		if (word !== 'package' && !FUNCTION_WORD.test(word) && !NOT_NOUN.test(word) && !LANGUAGE_WORD.test(word) && !/(?:ing|ed|ly)$/.test(word)) return true;
	}
	return false;
}
// Words before a name that are no noun of a compound ("how mobsim can be applied").
const NOT_NOUN = /^(?:how|what|why|when|where|whether|if|then|so|not|only|than|while|because|since|once|let|lets|make|makes|run|runs|call|calls)$/;
const LANGUAGE_WORD = new RegExp(String.raw`^${LANGUAGE}$`);

/** Software packages the text names, as methods (tools) the paper introduces or uses. */
export const packageNames: EntityRule = {
	name: 'package names',
	priority: 2,
	find({ title, abstract, sentences, isGeneric, isKnown, inUrl }) {
		const text = titledText(title, abstract);
		const found = new Map<string, 'introduced' | 'used'>();
		const consider = (name: string, at: number, bracketed: boolean) => {
			if (FUNCTION_WORD.test(name) || isGeneric(name) || isKnown(name) || inUrl(at)) return;
			// Written again on its own, outside this phrase, or coined (a digit, an inner capital: "lme4"):
			// a name, not a word of the sentence.
			const uses = boundedStarts(name, text).length;
			if (!bracketed && uses < 2 && !/\d|[a-z][A-Z]/.test(name)) return;
			if (!bracketed && headOfCompound(name, text)) return;
			const sentence = sentences.find((s) => at >= s.start && at < s.end)?.text ?? '';
			const role = OWN.test(sentence) && CONTRIBUTION.test(sentence) ? 'introduced' : 'used';
			if (found.get(name) !== 'introduced') found.set(name, role);
		};
		for (const m of allMatches(abstract, PACKAGE_THEN_NAME)) consider(m[2]!, m.index, m[1] === '(' && m[3] === ')');
		for (const m of allMatches(abstract, NAME_THEN_PACKAGE)) if (!KIND.test(m[1]!)) consider(m[1]!, m.index, false);
		return [...found].map(([name, role]) => ({ type: 'method' as const, name, role, forms: [] }));
	},
};
