/**
 * A name given right after the noun of its kind by a verb of naming: "a … trajectory
 * optimization library called ALIGATOR.", "The proposed benchmark, named CAMEL-Bench, comprises
 * …", "a localist-connectionist model, called Multilink, which …". `kind-appositions.ts` reads
 * the form set off by commas after an indefinite phrase; a name can also close the sentence or
 * the phrase can be definite, and the verb of naming with the kind noun before it says as much
 * as the commas: what follows is what the thing is called. Every field names its software,
 * data and models so, which is why the noun (`cue-nouns.ts`), not the name, is read: the name
 * need only be capitalised or coined, up to three words.
 *
 * The name is the authors' when they say they made the thing: a contribution verb before the
 * kind in the sentence, "we provide", "we release" or "we implement" before it, or "our",
 * "proposed", "new" or "novel" in the phrase; otherwise it is used. "so-called" names a
 * notion, not a thing; a name a lexicon lists or the generic list holds is left to them.
 */
import { kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { contributionObjectStarts } from './introduced/contribution-statement.ts';
import { allMatches } from '../all-matches.ts';

/** A word of a name: capitalised or coined ("ALIGATOR", "CAMEL-Bench", "Multilink", "word2vec" is not). */
const WORD = String.raw`[A-Z][\w+.-]*[\w+]|[A-Z]`;
/**
 * A singular kind noun, what it is for when that is a name ("a simple baseline model for MA-EgoQA
 * named EgoMAS"), an optional comma, a verb of naming, then the name (one to three words).
 */
const CALLED = new RegExp(String.raw`\b([a-z]+)(?:\s+(?:for|of|on)\s+[A-Z][\w.-]*[\w])?(,?)\s+(?:called|named|dubbed|termed)\s+((?:${WORD})(?:\s(?:${WORD})){0,2})(?=\s*[,.;:()]|\s+(?:which|that|is|was|for|to|and|with|in|on)\b)`, 'g');
/** The verbs `CALLED` requires, one of which an abstract it can match holds. */
const CALLED_VERB = /called|named|dubbed|termed/;
/** The authors say they provide what follows. */
const PROVIDED = /\bwe\s+(?:provide|release|implement|offer)\b/i;
/** The phrase marks the thing as the authors' own. */
const OWN_PHRASE = /\b(?:our|proposed|new|novel)\b/i;

/** Names given to a kind of method, model or data by a verb of naming. */
export const kindCalledNames: EntityRule = {
	name: 'kind called names',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		// The pattern, tried at every word, needs one of its four verbs: most abstracts write none.
		if (!CALLED_VERB.test(abstract)) return found;
		for (const m of allMatches(abstract, CALLED)) {
			const [, kind, , name] = m as unknown as [string, string, string, string];
			const type = kindOfCue(kind);
			// A plural kind lists several things; "so-called" is no kind.
			if (!type || /s$/.test(kind) && kind !== 'corpus' || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			const before = sentence ? abstract.slice(sentence.start, m.index) : '';
			const own =
				(sentence !== undefined && contributionObjectStarts(sentence).some((start) => start <= m.index)) ||
				PROVIDED.test(before) ||
				OWN_PHRASE.test(before.split(/[,;:]/).at(-1) ?? '');
			found.push({ type, name, role: own ? 'introduced' : 'used', forms: [], statedType: true });
		}
		return found;
	},
};
