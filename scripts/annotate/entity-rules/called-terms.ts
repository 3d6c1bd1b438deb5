/**
 * A term named by a verb of naming after the phrase that says what it is, in lower case or in
 * quotation marks: "a transformation called shrinkage", "a new concept called “resampled
 * efficiency”", "an alternative mechanism for delivery context matching called capability
 * classes". `kind-called-names.ts` reads capitalised and coined names after a kind noun; finance,
 * statistics and the web's standards name their techniques with ordinary words, and the verb of
 * naming after a singular indefinite phrase ("a … called", "our … termed") is what marks the
 * words after it as a name rather than prose. "so-called" marks a notion, but for "the so-called
 * <words> approach|method", one procedure known by that name; "X are called Y" a
 * category of things ("These words are called cognates"), and "called for" a request, none a
 * name; a name of more than three words or one the generic list holds is left alone.
 *
 * The phrase's noun gives the type when it is a cue noun (`cue-nouns.ts`: "an index called …"),
 * else the term is a method. It is the authors' when the sentence states their contribution
 * before it or the phrase says "our"; otherwise it is used.
 */
import { kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { contributionObjectStarts } from './introduced/contribution-statement.ts';
import { allMatches } from '../all-matches.ts';

/**
 * "a|an|our" + up to five words (an acronym's bracket among them: "a semi-supervised learning (SSL)
 * approach called self-training") + the noun, an optional comma, the verb, then a quoted or lower-case name.
 */
const CALLED = new RegExp(
	String.raw`\b(?:[Aa]n?|[Oo]ur)\s+((?:(?:[\w-]+|\([A-Z][\w-]*\))\s+){0,5}?)([a-z]+),?\s+(?:called|termed|dubbed)\s+(?:["“‘]([^"”’]{3,40})["”’]|([a-z][a-z-]{2,}(?:\s[a-z][a-z-]*){0,2}))(?=\s*[,.;:()]|\s+(?:which|that|is|was|has|have|for|to|and|with|in|on)\b)`,
	'g',
);
/**
 * "…—sometimes called a dynamic factor graph.", ", often called a matched sample,": a dash or comma,
 * an adverb of usage and the verb rename what the clause described by the name of its kind, two to
 * four words closing the clause.
 */
const RENAMED = /[—–,]\s*(?:sometimes|often|also|commonly|usually)\s+(?:called|termed|known\s+as|referred\s+to\s+as)\s+an?\s+((?:[a-z][a-z-]+|[A-Z][a-z]+)(?:\s(?:[a-z][a-z-]+|[A-Z][a-z]+)){1,3})(?=\s*[,.;:)])/g;
/**
 * "the so-called metric-aligned approach": a definite singular "so-called" before lower-case words and
 * a noun of procedure names one approach the field knows by that name; plural ("so-called
 * compartmental models") it names a family, and before other nouns a notion.
 */
const SO_CALLED = /\bthe\s+so-called\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:approach|method|technique|scheme|procedure|algorithm))(?![\w-])/g;
/** Words that follow "called" without naming anything ("called for", "called it"). */
const NOT_A_NAME = /^(?:for|upon|on|into|it|them|this|that|these|the|a|an|to)\b/;
/** Nouns of a verb phrase, not of a kind ("are called", "is often called"). */
const NOT_A_KIND = /^(?:is|are|was|were|be|been|being|often|also|sometimes|commonly|usually|now|then|hence|thus|so)$/;

/** Lower-case and quoted names given by a verb of naming. */
export const calledTerms: EntityRule = {
	name: 'called terms',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		// Most abstracts name nothing so: one plain scan for the verbs spares them the pattern.
		if (!/\b(?:called|termed|dubbed|known as|referred to as)\s/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, SO_CALLED)) {
			const name = m[1]!;
			if (!inUrl(m.index) && !isGeneric(name) && !isKnown(name)) found.push({ type: name.endsWith('algorithm') ? 'algorithm' : 'method', name, role: 'used', forms: [], statedType: true });
		}
		for (const m of allMatches(abstract, CALLED)) {
			const [, between, kind, quoted, plain] = m as unknown as [string, string, string, string | undefined, string | undefined];
			// American usage sets a comma or full stop inside the quotation marks (“Pahal,”): no part of the name.
			const name = (quoted ?? plain)!.trim().replace(/[,.;]$/, '');
			if (NOT_A_KIND.test(kind) || NOT_A_NAME.test(name) || name.split(/\s+/).length > 3 || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			const own = /^our\b/i.test(m[0]) || (sentence !== undefined && contributionObjectStarts(sentence).some((start) => start <= m.index));
			const type = kindOfCue(kind) ?? kindOfCue(between.trim().split(/\s+/).at(-1) ?? '') ?? 'method';
			found.push({ type, name, role: own ? 'introduced' : 'used', forms: [], statedType: true });
		}
		for (const m of allMatches(abstract, RENAMED)) {
			const name = m[1]!;
			if (!inUrl(m.index) && !isGeneric(name) && !isKnown(name)) found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
