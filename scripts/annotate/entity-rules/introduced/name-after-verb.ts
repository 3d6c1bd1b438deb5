/**
 * A plain capitalised name right after the verb, set off by a comma, a bracket or a colon:
 * "We introduce Taipan, a novel hybrid architecture", "we present Unbounded, a game of …",
 * "We introduce SimpleQA Verified, a benchmark …" (several words only after a coined one), and a
 * lower-case name its apposition calls a code, tool or method ("We present abacus, a … code"), and
 * capitalised words ending in a noun of data after "the" ("We introduce the Live Chess Benchmark, a …"), and
 * capitalised words that are the whole object ("we further propose Soft Prefix Caching.", or before
 * ", which …"), and a title-case part of the paper's system after an article and a lower-case
 * modifier ("We further introduce a boundary-aware Boundary Consistency Loss to reduce seams": its
 * capitalised head, "Loss", "Module", "Block", …, makes the run a name, and a modifier of the
 * field's ordinary kind, "standard", "conventional", says the part is not new). Only the head of the object: what comes
 * later in the sentence ("… based on OpenAI's SimpleQA") is not the paper's.
 */
import { isCoinedName } from '../coined-name.ts';
import { isKindWord } from '../name-shapes.ts';
import { hit, type NameRule } from './name-rule.ts';

// One to three capitalised words, the first not a determiner or an ordinary sentence word.
const NAME_AFTER_VERB = /^\s+((?!(?:A|An|The|This|These|Our|Its|Two|Three|New|Novel|Several|Both|Each|All|Such|Here|It|We|Some)\b)[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\s*(?:,|\(|:|\s[-–—]{1,2}\s)/;

// "We present abacus, a fast and accurate cosmological N-body code": a lower-case name, told
// from an ordinary word by the apposition that says what kind of thing it is.
const LOWER_NAME_IN_APPOSITION = /^\s+([a-z][\w.+-]*),\s+an?\s+(?:[\w-]+\s+){0,6}?(?:code|tool|toolkit|package|library|software|framework|method|model|system|pipeline|algorithm|benchmark|dataset)\b/;

// "we further propose Soft Parallel Decoding.": capitalised words that are the whole object, the
// sentence ending after them, name what is proposed; no acronym follows to pair them with.
const WHOLE_OBJECT_RUN = /^\s+((?!(?:A|An|The|This|These|Our|Its|Two|Three|New|Novel|Several|Both|Each|All|Such|Here|It|We|Some)\b)[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){1,3})\s*\.?\s*$/;
// "we introduce Stepwise Consistent Policy Tuning, which …": capitalised words up to a relative
// clause are the whole object too, however long the long form of a coined method runs; so they are
// up to what the proposal draws on ("We propose Elastic Replay Tuning inspired by synaptic pruning"),
// the prior work named after it being no part of the paper's name.
const OBJECT_BEFORE_CLAUSE = /^\s+((?!(?:A|An|The|This|These|Our|Its|Two|Three|New|Novel|Several|Both|Each|All|Such|Here|It|We|Some)\b)[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){1,5})(?:,\s+(?:which|that)|,?\s+(?:inspired|motivated)\s+by)\s/;

// "a boundary-aware Boundary Consistency Loss to …": one or two lower-case modifiers, then two or more
// capitalised words ending in a capitalised head of a system's part, then the object's end.
const PART_AFTER_MODIFIER =
	/^\s+an?\s+((?:[a-z][\w-]*\s+){1,2})((?:[A-Z][\w+-]*\s+){1,4}(?:Loss|Module|Block|Layer|Attention|Mechanism|Head|Adapter|Regularizer|Regularization|Objective|Encoder|Decoder|Tokenizer|Router))(?=\s+(?:to|for|that|which|in|on)\b|\s*[,.(]|\s*$)/;
/**
 * A word of two or more capitals between two others: "Medical AI Scientist". One that ends the run ("Vortal
 * TTS") is the kind the brand names, `brand-named-parts`'s to read.
 */
const HOLDS_ACRONYM = /\s[A-Z]{2,}\s/;
/** Modifiers that say a part is of the ordinary kind ("a standard Cross Entropy Loss"), not the paper's. */
const ORDINARY = /\b(?:standard|conventional|common|vanilla|simple|typical|traditional|classic|classical|usual|existing|original|default|plain)\b/;

// "We introduce the Live Chess Benchmark, a large-scale dataset …": "the" before capitalised words that end in a
// noun of data names the benchmark the object is, the article no sign of another's work (a benchmark is named with it).
const THE_DATA_NAME = /^\s+the\s+((?:[A-Z][\w+-]*\s+){1,4}(?:Benchmark|Dataset|Corpus|Suite|Challenge))(?=\s*[,(:.]|\s+(?:for|to|that|which|with|of)\b|\s*$)/;

/** "we propose / introduce / present Name," as the first words of the object. */
export const nameAfterVerb: NameRule = {
	name: 'name after verb',
	scope: 'object',
	find({ text }, { isKnown, isGeneric }) {
		const part = PART_AFTER_MODIFIER.exec(text);
		if (part && !ORDINARY.test(part[1]!) && !isKnown(part[2]!) && !isGeneric(part[2]!)) return [hit(part[2]!)];
		const data = THE_DATA_NAME.exec(text)?.[1];
		if (data) return isKnown(data) || isGeneric(data) ? [] : [hit(data, 'dataset')];
		const m = NAME_AFTER_VERB.exec(text) ?? LOWER_NAME_IN_APPOSITION.exec(text);
		const name = m?.[1]?.replace(/[.]$/, '');
		if (!name) return wholeObjectRun(text, isKnown, isGeneric);
		if (isKnown(name) || isGeneric(name)) return [];
		// Plain words in a row are a long form ("Contrastive Policy Gradient, or CoPG"), which other rules pair with its short name;
		// an acronym among them is no long form's word ("we introduce Medical AI Scientist, the first …"): they are the name.
		if (name.includes(' ') && !isCoinedName(name.split(' ')[0]!) && !HOLDS_ACRONYM.test(name)) return wholeObjectRun(text, isKnown, isGeneric);
		return [hit(name)];
	},
};

/** Capitalised words that are the verb's whole object, as one name; a plural or a field's kind ("Large Language Models") names a kind of work. */
function wholeObjectRun(text: string, isKnown: (name: string) => boolean, isGeneric: (name: string) => boolean): ReturnType<typeof hit>[] {
	const name = (WHOLE_OBJECT_RUN.exec(text) ?? OBJECT_BEFORE_CLAUSE.exec(text))?.[1];
	if (!name || isKnown(name) || isGeneric(name)) return [];
	const words = name.split(/\s+/);
	if (/[^s]s$/.test(words.at(-1)!) || words.some(isKindWord)) return [];
	return [hit(name)];
}
