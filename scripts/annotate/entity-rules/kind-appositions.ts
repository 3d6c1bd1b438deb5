/**
 * A name given in apposition to a noun phrase that states its kind: "We propose a new metric,
 * the bilingual adjusted vocabulary, that …", "an image processing technique designed to …
 * –the N-dimensional probability density function transform–is adapted …", "a localist-
 * connectionist model, called Multilink, …". Every field names its techniques, measures and data
 * so, and often in lower case, where no capitalisation rule can see them; what says a name is
 * meant, not a description, is the shape of the sentence: an indefinite noun phrase ending in a
 * kind noun (`cue-nouns.ts`), then, set off by commas or dashes, "the", "called", "named",
 * "termed" or "namely" and a short phrase closed by the same kind of mark: "a …, the X" restates
 * the indefinite phrase as the one thing it is. A single capitalised word set off by commas alone
 * restates it too ("to train a custom classifier, Celadon, that …"). The name's own head noun gives the type where it
 * is a cue ("… algorithm"), else the kind noun.
 *
 * The name is the paper's own when the kind is the object of the authors' contribution verb
 * ("we propose a new metric, the …", "we propose and evaluate a new metric, the …"); otherwise it is used. A name a lexicon lists or the generic
 * list holds, and a phrase that opens with a pronoun or a function word ("the one …", "the
 * same …"), are left to others.
 */
import { kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { contributionObjectStarts, SUBJECT } from './introduced/contribution-statement.ts';
import { allMatches } from '../all-matches.ts';

/** Singular kind nouns: a plural kind ("methods, the …") lists, it does not rename. */
const KINDS = [
	'technique', 'method', 'metric', 'measure', 'index', 'indicator', 'statistic', 'estimator', 'algorithm', 'model', 'procedure',
	'transform', 'test', 'score', 'scale', 'dataset', 'database', 'corpus', 'survey', 'catalogue', 'catalog', 'benchmark', 'package',
	'library', 'toolkit', 'toolbox', 'code', 'classifier', 'approach',
];
/** Type of a kind the cue table leaves out; the rest are read from it. */
const EXTRA_KINDS: Record<string, 'method' | 'model'> = { measure: 'method', indicator: 'method', procedure: 'method', classifier: 'model', approach: 'method' };
/** Marks that set an apposition off; it closes with the same kind of mark (or an acronym's bracket). */
const OPEN = String.raw`(,|\s*(?:--|—|–)\s*)`;
const APPOSITION = new RegExp(
	String.raw`\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,4}?(${KINDS.join('|')})\b([^.;:()\n,—–]{0,100}?)${OPEN}\s*((?:the|called|named|termed|namely)\s+)?([^,.;:()—–\n]{3,80}?)\s*(,|--|—|–|\()`,
	'g',
);
/** A phrase that opens so refers back or is no name ("the one that", "the same …", "the following"). */
const NO_NAME = /^(?:a|an|the|this|that|these|those|it|its|one|same|other|following|former|latter|first|second|so-called|most|best|authors?|reader)\b/i;
/** A verb or a clause inside the phrase: it says something, it names nothing. */
const CLAUSE = /\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|which|that|who|where|when|we|our)\b/i;
/** Between the contribution verb and the kind: nothing, or a second verb sharing its object ("we propose and evaluate a new metric"). */
const SAME_OBJECT = /^\s*(?:and\s+[a-z]+\s*)?$/;
/** A relative pronoun opening a clause about the kind. */
const RELATIVE = /\b(?:which|that|who|whose|where)\b/;
/** A name set off by commas alone: one capitalised or coined word. */
const BARE_NAME = /^[A-Z][\w+-]*$/;
/** Capitalised words that open a clause, not a name ("a model, However, …"). */
const SENTENCE_WORD = /^(?:However|Moreover|Furthermore|Thus|Hence|Therefore|Then|Here|There|Finally|Instead|Also|Additionally|Specifically|Notably|We|It|This|These|They)$/;
/** Adjectives by which authors call a thing their own make. */
const OWN_MAKE = /\b(?:new|novel|custom)\b/i;
/** Words a name may hold at most. */
const MAX_WORDS = 7;

/** Names a paper gives in apposition to a kind of technique, measure, model or data. */
export const kindAppositions: EntityRule = {
	name: 'kind appositions',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, APPOSITION)) {
			const [, kind, between, open, said, name, close] = m as unknown as [string, string, string, string, string | undefined, string, string];
			// A relative clause after the kind ("a composite index which combines the density of X, the distance to Y, and …")
			// owns the phrases its commas set off: they are the clause's list, not a name for the kind.
			if (RELATIVE.test(between)) continue;
			// With no word to say a name follows, only one capitalised word closed by a comma is one ("a custom classifier, Celadon, that …").
			if (!said && (close !== ',' || !BARE_NAME.test(name) || SENTENCE_WORD.test(name))) continue;
			// A comma opens, a comma closes; a dash opens, a dash closes; a bracket closes either (an acronym).
			const dashed = open.trim() !== ',';
			if (close !== '(' && (close === ',') === dashed) continue;
			const words = name.split(/\s+/);
			if (words.length > MAX_WORDS || NO_NAME.test(name) || CLAUSE.test(name)) continue;
			if (isGeneric(name) || isKnown(name) || inUrl(m.index)) continue;
			// The name's own head says its kind more closely than the phrase's ("a clustering method, the … algorithm").
			const type = kindOfCue(words.at(-1)!) ?? EXTRA_KINDS[kind] ?? kindOfCue(kind);
			if (!type) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			// The kind is the authors' contribution when a contribution verb's object starts right before it.
			// The kind is the authors' contribution when a contribution verb's object starts right before it,
			// or when the authors' sentence calls it their own make ("we … train a custom classifier, Celadon").
			const own = sentence ? contributionObjectStarts(sentence).some((start) => start <= m.index && SAME_OBJECT.test(abstract.slice(start, m.index))) || (OWN_MAKE.test(m[0].slice(0, m[0].indexOf(kind))) && SUBJECT.test(sentence.text)) : false;
			found.push({ type, name, role: own ? 'introduced' : 'used', forms: [], statedType: true });
		}
		return found;
	},
};
