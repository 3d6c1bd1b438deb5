/**
 * How a keyphrase candidate's words are read from wink-nlp's tokens: joined tokens make one
 * word (`keyphrase-word-joins.ts`), and each word is a noun, an adjective or anything else
 * (which ends a phrase). Tags are corrected where wink-nlp misreads science writing: a word
 * after "we", a modal or an infinitive "to" is a verb, and a gerund that names an activity
 * ("RNA sequencing", "hybrid filtering pipeline") is a noun. `keyphrases.ts` makes the phrases.
 */
import type { Token } from '../sentences.ts';
import { coordinatedVerb, gerundAfterAdverb, gerundOfMeans, infinitiveAfterHelp, inquiryGerund } from './keyphrase-clause-verbs.ts';
import { EVALUATIVE } from './keyphrase-vocabulary.ts';
import { isVerbIdiom } from './keyphrase-verb-idioms.ts';
import { isBareVerb, type VerbSubject } from './keyphrase-bare-verbs.ts';
import { isBaseVerbBeforeNoun, isIntransitiveVerb, isSubjectVerb, modifiesNextNoun, NOUN_RUN, OBJECT_START, takesDeterminedObject } from './keyphrase-noun-verbs.ts';
import { isPlural, isSingularNoun, OF_COMPOUND } from './plural-nouns.ts';
import { isAbbreviatedEpithet, isRankAbbreviation } from './keyphrase-epithets.ts';
import { closesName, opensName } from './keyphrase-name-edges.ts';
import { isDimension, isEponymPossessive, isEraName, isLatinModifier, joins, WORDLIKE } from './keyphrase-word-joins.ts';

/** A word of the text: one token, or hyphen-joined tokens written without spaces. */
export interface Word {
	start: number;
	end: number;
	/** `noun`, `adj` (may lead or sit inside a phrase) or `other` (ends a phrase). */
	kind: 'noun' | 'adj' | 'other';
}

/**
 * Joins hyphenated tokens into words and classes each word by its part of speech.
 *
 * @example wordsOf('We use post-training quantization.', tokens)
 * // → We other, use other (after "we"), post-training noun, quantization noun, "." other
 */
export function wordsOf(text: string, tokens: readonly Token[]): Word[] {
	const words: Word[] = [];
	for (let i = 0; i < tokens.length; i++) {
		// wink-nlp splits a dimension ("3D", "4D") into a number and "D": it is one word, which
		// modifies the noun after it ("3D reconstruction", "4D dynamic scenes").
		const dimension = isDimension(tokens, i);
		let j = dimension ? i + 1 : i;
		// "post" "-" "training" written without spaces is one word, as is a version number
		// inside a name ("CCI3" "." "0-HQ", "GPT-3" "." "5").
		while (j + 2 < tokens.length && joins(tokens[j]!, tokens[j + 1]!, tokens[j + 2]!)) j += 2;
		const first = tokens[i]!;
		// An eponym's possessive opens a term with the words after it ("Alzheimer's disease",
		// "Kitaev's toric code", "World's Fairs"); alone it ends none.
		if (i === j && isEponymPossessive(tokens, i)) {
			words.push({ start: first.start, end: tokens[i + 1]!.end, kind: 'adj' });
			i++;
			continue;
		}
		// A Latin phrase modifies the words after it as one adjective ("ab initio simulations"); a
		// name and its era's number are one noun ("Industry 4.0").
		if (i === j && (isLatinModifier(tokens, i) || isEraName(tokens, i))) {
			words.push({ start: first.start, end: tokens[i + 1]!.end, kind: isEraName(tokens, i) ? 'noun' : 'adj' });
			i++;
			continue;
		}
		const last = tokens[j]!;
		const value = text.slice(first.start, last.end);
		let kind = dimension && j === i + 1 ? 'adj' : j > i ? hyphenatedKind(value, last.pos === 'NUM' ? first : last) : kindOf(first);
		// Letters written against a number before them are its unit or scale ("3B-parameter model",
		// "10k-sample"): no word of a phrase, which would start inside "3B".
		if (!dimension && i > 0 && tokens[i - 1]!.end === first.start && /\d$/.test(tokens[i - 1]!.text)) kind = 'other';
		// After a subject, a modal or an infinitive "to", a word is a verb whatever its tag
		// ("we use …", "can exhibit …", "to leverage partial products").
		if (kind !== 'other' && i > 0 && VERB_CONTEXT.test(tokens[i - 1]!.text) && (tokens[i - 1]!.text.toLowerCase() !== 'to' || tokens[i - 1]!.pos === 'PART')) kind = 'other';
		// A gerund after a singular noun names an activity ("RNA sequencing", "halo finding"),
		// unless a preposition follows it and it opens a clause ("a dataset consisting of").
		const previous = words.at(-1);
		// A capitalised gerund after a capitalised word ends a name ("Stable Consistency Tuning").
		const inName = /^[A-Z]/.test(first.text) && !!previous && /^[A-Z]/.test(text.slice(previous.start, previous.end));
		// A verb that takes its object through a preposition opens a clause with it ("a dataset consisting
		// of", "agents operating in"); an activity's gerund may take a preposition too ("prompt tuning with").
		const opensClause = !inName && tokens[j + 1]?.pos === 'ADP' && PREPOSITIONAL_GERUNDS.has(first.text.toLowerCase());
		const adjacent = !!previous && previous.end === first.start - 1;
		if (kind === 'other' && isGerund(first, inName)) {
			// …nor when an object follows it: it is a verb of a reduced clause ("critic estimation targeting the optimal Q-function").
			// A hyphenated word after it ("learning fine-tuning") is the compound's head, whatever its first part's tag.
			const next = tokens[j + 1];
			// A verb idiom's noun is an object too ("transformation taking place", `keyphrase-verb-idioms.ts`).
			const takesObject =
				(!!next && OBJECT_START.has(next.pos) && !(tokens[j + 2]?.text === '-' && tokens[j + 2]!.start === next.end) && !opensRelativeClause(tokens, j + 1) && !gradesNextVerb(tokens, j + 1)) ||
				isVerbIdiom(first.text, next?.text);
			const afterNoun = !opensClause && !takesObject && previous?.kind === 'noun' && adjacent && !isPlural(text.slice(previous.start, previous.end));
			if (afterNoun || isNominalGerund(tokens, i, j, adjacent && previous?.kind === 'adj')) kind = 'noun';
		}
		if (kind === 'other' && i === j && isAttributiveParticiple(tokens, i, text)) kind = 'adj';
		// A clause's verb after an adverb, after "verb or", after "help" or "by" ("naturally positioning …", "match or exceed …",
		// "help gain …", "by clustering target samples").
		if (kind !== 'other' && i === j && (gerundAfterAdverb(tokens, i) || coordinatedVerb(tokens, i) || inquiryGerund(tokens, i) || infinitiveAfterHelp(tokens, i) || gerundOfMeans(tokens, i))) kind = 'other';
		// A noun wink-nlp read as a verb inside a noun compound ("closed-loop prompt optimization",
		// "dense multi-view reward mapping", "a learned reward model").
		if (kind === 'other' && i === j && adjacent && previous?.kind !== 'other' && modifiesNextNoun(tokens, i, text, previous!)) kind = 'noun';
		// A species' epithet after its genus's initial or a rank, and the rank's abbreviation, are no phrase's
		// words ("C. altera", "subsp. infantis", `keyphrase-epithets.ts`).
		if (kind !== 'other' && i === j && (isAbbreviatedEpithet(tokens, i) || isRankAbbreviation(tokens, i))) kind = 'other';
		// A capitalised word between two capitalised words of a name is part of it, whatever its
		// tag ("an Audio Sink Token mechanism", "Visual Equivalence Reward Model").
		if (kind === 'other' && i === j && inName && adjacent && previous?.kind === 'noun' && insideName(tokens, i, text)) kind = 'noun';
		// A name's first word read as an adverb or a verb, and a number that closes a name, belong to it
		// ("Fast Healthcare Interoperability Resources", "Health Level 7", `keyphrase-name-edges.ts`).
		if (kind === 'other' && i === j && (opensName(tokens, i) || closesName(tokens, i))) kind = tokens[i]!.pos === 'NUM' ? 'noun' : 'adj';
		if (kind === 'noun' && i === j && (isSubjectVerb(tokens, i) || takesDeterminedObject(tokens, i, previous, text) || isIntransitiveVerb(tokens, i, previous, text))) kind = 'other';
		// A verb between a singular noun and an adjective, or after a relative pronoun ("strategy face inherent
		// tensions", "species that lack fresh tissues", `keyphrase-bare-verbs.ts`).
		if (kind === 'noun' && i === j && isBareVerb(tokens, i, verbSubject(previous, adjacent, text))) kind = 'other';
		// A word taken for a verb that ends an object's noun compound is its head noun
		// ("from a static multipole mesh.", "involving knowledge recall,").
		if (kind === 'other' && i === j && previous?.kind === 'noun' && adjacent && isCompoundHead(tokens, i, text.slice(previous.start, previous.end))) kind = 'noun';
		words.push({ start: first.start, end: last.end, kind });
		i = j;
	}
	return words;
}

/**
 * A gerund that names an activity rather than governs an object: after an adjective with no
 * object following ("hybrid filtering pipeline", "confidence-weighted pooling and"), as the
 * head of an "of" phrase after a determiner or at a sentence's start ("the binning of contigs"),
 * or between a determiner and a noun ("the denoising steps").
 * A verb's gerund takes an object: a determiner, pronoun, adjective or number follows it.
 */
function isNominalGerund(tokens: readonly Token[], i: number, j: number, afterAdjective: boolean): boolean {
	const after = tokens[j + 1];
	const before = tokens[i - 1];
	if (after?.text.toLowerCase() === 'of') return !before || before.pos === 'DET' || before.pos === 'PUNCT';
	// A determiner opens a noun phrase, never a verb: a gerund between it and a noun modifies the
	// noun ("the denoising steps", "a routing network").
	if (before?.pos === 'DET' && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && after.start === tokens[j]!.end + 1) return true;
	return afterAdjective && !OBJECT_START.has(after?.pos ?? 'PUNCT');
}

/**
 * A past participle wink-nlp tagged as a verb that modifies the noun after it ("for structured
 * fault localization", "a cascaded flow matching head", "and retrieved evidence"): a lowercase
 * "-ed" word written one space before a noun, after a word that opens a noun phrase or ends a
 * verb (a determiner, preposition, conjunction, adjective or a verb), never after a subject
 * or auxiliary, where it is the clause's own verb ("models trained data", "has reduced costs").
 */
function isAttributiveParticiple(tokens: readonly Token[], i: number, text: string): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1];
	const before = tokens[i - 1];
	if (token.pos !== 'VERB' || !/^[a-z]{3,}ed$/.test(token.text) || !next || !before) return false;
	if (!opensModifiedNoun(tokens, i + 1, text) || text.slice(token.end, next.start) !== ' ') return false;
	// A grading word wink-nlp took for a noun ("a novel automated pipeline") opens the phrase too, as does
	// a hyphenated modifier ("large-scale pretrained audio encoder").
	const afterCompound = tokens[i - 2]?.text === '-' && tokens[i - 2]!.end === before.start;
	return (PARTICIPLE_OPENERS.has(before.pos) || EVALUATIVE.has(before.text.toLowerCase()) || afterCompound) && !VERB_CONTEXT.test(before.text);
}

/**
 * Whether `tokens[k]` is a word a participle before it can modify: a noun, a noun wink-nlp read as a
 * verb (`isBaseVerbBeforeNoun`), a dimension ("pretrained 3D generative priors"), a hyphenated
 * compound ("targeted fine-tuning") or an activity's gerund with no object ("gated routing
 * mechanism", "staged pretraining and").
 */
function opensModifiedNoun(tokens: readonly Token[], k: number, text: string): boolean {
	const token = tokens[k]!;
	if (token.pos === 'NOUN' || token.pos === 'PROPN' || isBaseVerbBeforeNoun(tokens, k, text) || isDimension(tokens, k)) return true;
	const after = tokens[k + 1];
	if (after?.text === '-' && after.start === token.end && /^[a-z]/.test(token.text)) return true;
	return isGerund(token) && !OBJECT_START.has(after?.pos ?? 'PUNCT');
}

/**
 * An adverb followed by a verb ("response length shaping dynamically elicits"): it grades that verb,
 * so the gerund before it is the subject's head, taking no object.
 */
function gradesNextVerb(tokens: readonly Token[], k: number): boolean {
	return tokens[k]?.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB' && /^[a-z]+s$/.test(tokens[k + 1]!.text);
}

/**
 * A relative pronoun that opens a clause with its own verb ("update gating that stabilizes",
 * "routing which explores"): it is no object of the gerund before it, which names an activity.
 */
function opensRelativeClause(tokens: readonly Token[], k: number): boolean {
	return RELATIVE.has(tokens[k]?.text.toLowerCase() ?? '') && tokens[k + 1]?.pos === 'VERB';
}

const RELATIVE = new Set(['that', 'which']);

/** A capitalised word written one space before another capitalised noun, or a capitalised gerund, of a name. */
function insideName(tokens: readonly Token[], i: number, text: string): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1];
	if (!/^[A-Z][a-z]+$/.test(token.text) || !next || text.slice(token.end, next.start) !== ' ') return false;
	// The name's last word may be a capitalised gerund wink-nlp tags a verb ("Faithful Image Reward Modeling"),
	// after a word that can be a noun (not "API Is Transforming Healthcare").
	const gerund = next.pos === 'VERB' && /^[A-Z][a-z]+ing$/.test(next.text) && (token.pos === 'VERB' || token.pos === 'NOUN' || token.pos === 'PROPN');
	return /^[A-Z]/.test(next.text) && (next.pos === 'PROPN' || next.pos === 'NOUN' || gerund);
}

// Parts of speech after which a participle before a noun modifies it.
const PARTICIPLE_OPENERS = new Set(['DET', 'ADP', 'SCONJ', 'CCONJ', 'ADJ', 'VERB']);

/**
 * A word wink-nlp tagged as a verb that is the head of a noun compound: it follows a singular
 * lowercase noun, punctuation or a conjunction follows it, and the compound is the object of a
 * verb or a preposition, where it has no verb of its own to take. Participles ("a model
 * trained on") and gerunds (read by `isNominalGerund`) are left as they are.
 */
function isCompoundHead(tokens: readonly Token[], i: number, previous: string): boolean {
	const token = tokens[i]!;
	// After a name the word is more likely the verb of a subject ending in it ("trained with Expert Iteration improve.").
	if (token.pos !== 'VERB' || !/^[a-z]{3,}$/.test(token.text) || /(?:ed|ing)$/.test(token.text) || isPlural(previous) || /^[A-Z]/.test(previous)) return false;
	if (!COMPOUND_END.has(tokens[i + 1]?.pos ?? 'PUNCT') || tokens[i + 1]?.text === '-') return false;
	let k = i - 1;
	// Nouns joined by "and"/"or" share the head ("across attack and refusal prompts.").
	while (k >= 0 && (NOUN_RUN.has(tokens[k]!.pos) || tokens[k]!.text === '-' || (tokens[k]!.pos === 'CCONJ' && k > 0 && NOUN_RUN.has(tokens[k - 1]!.pos)))) k--;
	if (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM')) k--;
	return k >= 0 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'ADP') && !CLAUSE_OPENERS.has(tokens[k]!.text.toLowerCase());
}

// Words that open a clause, whose noun phrase is a subject with a verb of its own ("before execution starts").
const CLAUSE_OPENERS = new Set('whether if when before after until once while because since although unless whereas as'.split(' '));

// What may follow a noun phrase's head: punctuation, a conjunction, or the auxiliary of the
// clause it is the subject of ("robustness against adversarial prompts is"), which no verb is followed by.
const COMPOUND_END = new Set(['CCONJ', 'PUNCT', 'AUX']);

/** What the word after `previous` follows, as `isBareVerb` asks: a singular noun, another noun, or neither. */
function verbSubject(previous: Word | undefined, adjacent: boolean, text: string): VerbSubject {
	if (!previous || !adjacent) return undefined;
	const word = text.slice(previous.start, previous.end);
	// A name wink-nlp read as an adjective ("AF-Next exhibits strong …") is a subject as any noun is.
	if (previous.kind !== 'noun') return previous.kind === 'adj' && /^\p{Lu}/u.test(word) ? 'noun' : undefined;
	return isSingularNoun(word) ? 'singular' : 'noun';
}

// Gerunds that introduce a clause rather than name an activity; and those English uses as prepositions
// ("music history regarding composition styles", "data concerning", "according to"), which name none.
const CLAUSE_GERUNDS = new Set(
	(
		'using achieving including leading making showing enabling yielding resulting outperforming requiring having being following involving providing allowing reaching improving reducing regarding concerning considering excluding according pertaining featuring containing comprising exhibiting incorporating leveraging' +
		// Verbs whose gerund takes an object and opens no compound ("a controller ensuring comfort", "patients undergoing therapy").
		' ensuring undergoing unifying impacting affecting formalizing formalising guaranteeing facilitating encompassing'
	).split(' '),
);

/**
 * Gerunds of verbs that take their complement through a preposition, which after a noun open a
 * reduced relative clause ("a dataset consisting of", "patients suffering from", "models relying
 * on"), where an activity's gerund names the activity ("prompt tuning with", "data mining in").
 */
const PREPOSITIONAL_GERUNDS = new Set(
	'consisting relying focusing depending belonging ranging varying pointing referring corresponding amounting contributing arising stemming originating living residing acting serving operating working looking aiming accounting suffering coming going lying standing dealing coping interacting competing participating responding reacting adapting converging emerging occurring appearing existing remaining falling rising growing running shifting relating differing deviating attending waiting seeking hoping caring benefiting benefitting succeeding failing resorting subscribing leaning moving dwelling travelling traveling migrating flowing ending starting beginning resulting leading according presenting concentrating taking'.split(' '),
);

// Words after which wink-nlp's noun is a verb: subject pronouns, modals, infinitive "to".
const VERB_CONTEXT = /^(?:we|they|can|cannot|could|may|might|must|shall|should|will|would|to)$/i;

/** A gerund naming an activity; capitalised only inside a name. */
function isGerund(token: Token, inName = false): boolean {
	const word = inName ? token.text.toLowerCase() : token.text;
	return token.pos === 'VERB' && /^[a-z]{3,}ing$/.test(word) && !CLAUSE_GERUNDS.has(word);
}

/**
 * Words that are never part of a noun phrase although wink-nlp may tag them as nouns: lower-case
 * Roman numerals, which mark list items ("(iii) the solver"), and the second word of a Latin
 * phrase ("in situ", "in vitro", "de novo", "ab initio"), which alone is a fragment.
 */
const INERT = /^(?:ii|iii|iv|vi|vii|viii|ix|situ|vivo|vitro|silico|novo|initio|utero|hoc|priori|posteriori)$/;

function kindOf(token: Token): Word['kind'] {
	// wink-nlp keeps some hyphenated words as one token ("post-training").
	if (token.text.includes('-')) return hyphenatedKind(token.text, token);
	if (!WORDLIKE.test(token.text) || token.text.length < 2 || INERT.test(token.text)) return 'other';
	if (token.pos === 'NOUN' || token.pos === 'PROPN') return 'noun';
	if (token.pos === 'ADJ') return 'adj';
	return 'other';
}

function hyphenatedKind(value: string, last: Token): Word['kind'] {
	// A dimension may open a compound ("3D-aware").
	if (!/^(?:[1-9]D|[A-Za-z][A-Za-z0-9]*)(?:(?:[-.]|--|\u2013)[A-Za-z0-9]+)+$/.test(value) || !/[a-z]{2}/i.test(value)) return 'other';
	// "X-of-Y" names a thing whatever Y's tag ("chain-of-thought", whose "thought" wink-nlp reads as a verb).
	if (OF_COMPOUND.test(value) && !/^(?:out|state|end|one|all)-/i.test(value)) return 'noun';
	// A compound ending in a participle describes ("U-shaped", "LLM-based", "self-supervised"), whatever its tag.
	if (/[a-z]{2}[^e]ed$/.test(last.text)) return 'adj';
	// "large-scale" describes; "multi-omics" or "fine-tuning" can head a phrase.
	return last.pos === 'NOUN' || last.pos === 'PROPN' || /ing$/.test(last.text) ? 'noun' : 'adj';
}
