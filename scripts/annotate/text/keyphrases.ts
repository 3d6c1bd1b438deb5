/**
 * Keyphrase candidates of an abstract: noun phrases read off wink-nlp's part-of-speech tags.
 * A candidate is a maximal run of adjectives and nouns that ends in a noun; a hyphenated
 * word ("post-training", "multi-omics") counts as one word, a run never starts with a verb,
 * and numbers, symbols and maths end it. The collection step `select-keyphrases.ts` scores
 * the candidates against the collection and keeps the best few; this rule only finds them.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { analyzeText, isEnglishWord, type Token } from '../sentences.ts';
import type { TextRule } from './text-rule.ts';

/** The `keyphrases` text rule: every noun-phrase candidate of the abstract, in text order. */
export const keyphrasesRule: TextRule<'keyphrases'> = {
	field: 'keyphrases',
	needs: [],
	annotate: ({ abstract }) => extractKeyphraseCandidates(abstract),
};

// A web address ("github.com/org/repo"): its parts ("com", "repo") are not phrases.
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|edu|gov|ai|dev)\b\S*/g;

/** A plural ending, not "-ss", "-us", "-is", "-ics" ("physics") or "-ies" ("species"). */
const isPlural = (word: string) => /[A-Za-z]{2}s$/.test(word) && !/(?:ss|us|is|ics|ies)$/.test(word);

/** Longest candidate, in words: longer runs are lists, not names. */
const MAX_WORDS = 5;

/** A word of the text: one token, or hyphen-joined tokens written without spaces. */
interface Word {
	start: number;
	end: number;
	/** `noun`, `adj` (may lead or sit inside a phrase) or `other` (ends a phrase). */
	kind: 'noun' | 'adj' | 'other';
}

// Words too general to name what a paper is about: a phrase made only of these is dropped.
const GENERIC = new Set(
	'approach approaches method methods paper papers work works result results performance task tasks problem problems way ways use number numbers set sets type types case cases part parts order terms study studies analysis framework frameworks model models state art experiment experiments evaluation evaluations improvement improvements ability abilities capability capabilities effectiveness efficiency data information time times level levels range ranges variety process impact role need needs fact lack end addition contrast light question questions issue issues challenge challenges aspect aspects factor factors property properties amount field fields domain domains area areas application applications scenario scenarios setting settings benchmark benchmarks dataset datasets system systems technique techniques solution solutions strategy strategies tool tools'.split(' '),
);
// Adjectives that praise or count rather than name, trimmed from a phrase's start.
const EVALUATIVE = new Set(
	(
		'novel new existing various several different extensive comprehensive significant effective efficient simple better best strong stronger superior remarkable substantial competitive promising robust previous prior current recent many most more much key main first second third same further additional notable impressive considerable crucial important powerful diverse certain specific particular original overall whole entire few little great greater high higher low lower good accurate complex realistic sufficient potential major inherent versatile pure typical common wide broad large-scale small-scale subsequent correct popular clear numerous concrete exact multiple top vanilla custom central typical modern traditional conventional sota state-of-the-art' +
		// Hyphenated modifiers of general science writing that grade, never name.
		' high-quality low-quality top-ranked well-known widely-used cost-effective time-consuming real-world'
	).split(' '),
);
// Vague head nouns: "knowledge editing methods" names what "knowledge editing" does, so the
// phrase is cut before them when what precedes them ends in a noun.
const VAGUE_HEADS = new Set(
	'method methods approach approaches technique techniques performance quality ability abilities capability capabilities framework frameworks strategy strategies process processes scheme schemes solution solutions behaviour behavior behaviours behaviors consumption results settings issues problems'.split(' '),
);
// Words wink-nlp may tag as adjectives or nouns that are determiners, pronouns or conjunctions in practice.
const NEVER = new Set('this these that those its their our his her it we they which what each every all any both either neither some such other another same own us them one whilst while although though whereas however thus hence therefore'.split(' '));

/**
 * Noun-phrase candidates of `text`, each a verbatim span, first occurrence of each lowercase
 * form only.
 *
 * @example extractKeyphraseCandidates('We study post-training quantization of large models.')
 * // → [{ text: 'post-training quantization', … }, { text: 'large models', … }]
 */
export function extractKeyphraseCandidates(text: string): Span[] {
	const urls = [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	const words = wordsOf(text, analyzeText(text).tokens).map((w) => (urls.some((u) => u.start < w.end && w.start < u.end) ? { ...w, kind: 'other' as const } : w));
	const found: Span[] = [];
	const seen = new Set<string>();
	let run: Word[] = [];
	const flush = () => {
		for (const phrase of trimRun(run, text)) {
			const candidate = { start: phrase[0]!.start, end: phrase.at(-1)!.end };
			const value = text.slice(candidate.start, candidate.end);
			const key = value.toLowerCase();
			if (!seen.has(key)) {
				seen.add(key);
				found.push({ ...candidate, text: value });
			}
		}
		run = [];
	};
	for (const word of words) {
		if (word.kind === 'other') flush();
		else {
			// Words separated by anything but plain spaces (a comma, a bracket) are not one phrase.
			const previous = run.at(-1);
			if (previous && !/^ +$/.test(text.slice(previous.end, word.start))) flush();
			// A plural noun ends a compound; a word after it is a verb wink-nlp took for a noun
			// ("transformers use", "algorithms bin contigs").
			else if (previous?.kind === 'noun' && isPlural(text.slice(previous.start, previous.end))) {
				flush();
				// …and that lowercase word starts no phrase either ("models exhibit similar properties").
				if (/^[a-z]/.test(text.slice(word.start, word.end))) continue;
			}
			run.push(word);
		}
	}
	flush();
	return found;
}

/** The phrase(s) a run of adjectives and nouns makes: edges trimmed, long runs cut at generic words. */
function trimRun(run: readonly Word[], text: string): Word[][] {
	const lower = (w: Word) => text.slice(w.start, w.end).toLowerCase();
	let a = 0;
	let b = run.length;
	while (a < b && (EVALUATIVE.has(lower(run[a]!)) || NEVER.has(lower(run[a]!)))) a++;
	// An -ing word before an adjective is a verb taking an object ("annotating complex charts",
	// "building large models"); before a noun it can name an activity ("learning rate").
	if (b - a > 1 && /^[a-z]{3,}ing$/.test(lower(run[a]!)) && run[a + 1]!.kind === 'adj') a++;
	while (b > a && run[b - 1]!.kind !== 'noun') b--;
	// A capitalised head belongs to a name ("Markov Decision Process") and stays.
	const head = run[b - 1];
	if (b - a > 1 && VAGUE_HEADS.has(lower(head!)) && !/^[A-Z]/.test(text.slice(head!.start, head!.end)) && run[b - 2]!.kind === 'noun') b--;
	if (b <= a) return [];
	const words = run.slice(a, b);
	if (words.some((w) => NEVER.has(lower(w)))) return [];
	// The run and its shorter endings ("transit fitting" of "multi-instrument transit fitting"):
	// the head noun stays; the collection step decides which of them names the paper.
	const phrases: Word[][] = [];
	for (let start = Math.max(0, words.length - MAX_WORDS); start < words.length; start++) {
		const phrase = words.slice(start);
		if (EVALUATIVE.has(lower(phrase[0]!)) || phrase.every((w) => GENERIC.has(lower(w)))) continue;
		// The last word of a longer name ("Iteration" of "Expert Iteration") is no name by its capital.
		if (phrase.length === 1 && !isTechnicalWord(text, phrase[0]!, start === 0)) continue;
		phrases.push(phrase);
	}
	return phrases;
}

// Units and their abbreviations: a measure, never a topic.
const UNITS = new Set('kb mb gb tb pb kib mib gib tib flops tflops pflops gflops ms hz khz mhz ghz nm mm cm km kg mg ev kev mev gev tev dpi fps bps kbps mbps gbps'.split(' '));

/**
 * A single word worth a keyphrase on its own: an acronym or name with inner capitals ("LoRA",
 * "SRA"), a hyphenated or numbered word, a word outside general English ("pseudotime",
 * "contigs") or a capitalised word inside a sentence ("Mamba"), unless it is general words
 * in title case ("Fine-Tuning").
 * "detection", "pipeline" or "galaxies" alone say little about a paper.
 */
function isTechnicalWord(text: string, { start, end }: Word, capitalNames: boolean): boolean {
	const word = text.slice(start, end);
	if (word.length < 3 || UNITS.has(word.toLowerCase())) return false;
	// General words in title case ("Fine-Tuning" of "Supervised Fine-Tuning", "Deep-Learning")
	// are capitalised as part of a name or a heading, not named by their capitals.
	if (isTitleCasedGeneral(word)) return false;
	if (/[A-Z0-9]/.test(word.slice(1))) return true;
	// A capital marks a name unless it only starts the sentence.
	if (capitalNames && /^[A-Z]/.test(word) && !/(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) return true;
	// A compound of general words ("trade-offs", "fine-tuning", "closed-source") is general too;
	// one with a part outside general English ("multi-omics", "k-mer") is not.
	return word.split('-').some((part) => !isGeneralWord(part));
}

/**
 * True for a hyphenated word whose every part is a capitalised word of general English.
 *
 * @example isTitleCasedGeneral('Fine-Tuning') // → true
 * @example isTitleCasedGeneral('IP-Adapter') // → false: "IP" is no general word
 */
function isTitleCasedGeneral(word: string): boolean {
	const parts = word.split('-');
	return parts.length > 1 && parts.every((part) => /^[A-Z][a-z]{2,}$/.test(part) && isGeneralWord(part.toLowerCase()));
}

/**
 * True for a word too general or vague to name a paper's subject on its own.
 *
 * @example isVagueWord('methods') // → true
 */
export function isVagueWord(word: string): boolean {
	const lower = word.toLowerCase();
	return GENERIC.has(lower) || VAGUE_HEADS.has(lower);
}

/** True for a word of general English, in the singular or the plural. */
export function isGeneralWord(word: string): boolean {
	const singular = word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
	return isEnglishWord(word) || isEnglishWord(singular);
}

/** Joins hyphenated tokens into words and classes each word by its part of speech. */
function wordsOf(text: string, tokens: readonly Token[]): Word[] {
	const words: Word[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let j = i;
		// "post" "-" "training" written without spaces is one word, as is a version number
		// inside a name ("CCI3" "." "0-HQ", "GPT-3" "." "5").
		while (j + 2 < tokens.length && joins(tokens[j]!, tokens[j + 1]!, tokens[j + 2]!)) j += 2;
		const first = tokens[i]!;
		const last = tokens[j]!;
		const value = text.slice(first.start, last.end);
		let kind = j > i ? hyphenatedKind(value, last.pos === 'NUM' ? first : last) : kindOf(first);
		// After a subject, a modal or an infinitive "to", a word is a verb whatever its tag
		// ("we use …", "can exhibit …", "to leverage partial products").
		if (kind !== 'other' && i > 0 && VERB_CONTEXT.test(tokens[i - 1]!.text) && (tokens[i - 1]!.text.toLowerCase() !== 'to' || tokens[i - 1]!.pos === 'PART')) kind = 'other';
		// A gerund after a singular noun names an activity ("RNA sequencing", "halo finding"),
		// unless a preposition follows it and it opens a clause ("a dataset consisting of").
		const previous = words.at(-1);
		// A capitalised gerund after a capitalised word ends a name ("Stable Consistency Tuning").
		const inName = /^[A-Z]/.test(first.text) && !!previous && /^[A-Z]/.test(text.slice(previous.start, previous.end));
		const opensClause = !inName && tokens[j + 1]?.pos === 'ADP';
		const adjacent = !!previous && previous.end === first.start - 1;
		if (kind === 'other' && isGerund(first, inName)) {
			const afterNoun = !opensClause && previous?.kind === 'noun' && adjacent && !/s$/.test(text.slice(previous.start, previous.end));
			if (afterNoun || isNominalGerund(tokens, i, j, adjacent && previous?.kind === 'adj')) kind = 'noun';
		}
		words.push({ start: first.start, end: last.end, kind });
		i = j;
	}
	return words;
}

/**
 * A gerund that names an activity rather than governs an object: after an adjective with no
 * object following ("hybrid filtering pipeline", "confidence-weighted pooling and"), or as the
 * head of an "of" phrase after a determiner or at a sentence's start ("the binning of contigs").
 * A verb's gerund takes an object: a determiner, pronoun, adjective or number follows it.
 */
function isNominalGerund(tokens: readonly Token[], i: number, j: number, afterAdjective: boolean): boolean {
	const after = tokens[j + 1];
	const before = tokens[i - 1];
	if (after?.text.toLowerCase() === 'of') return !before || before.pos === 'DET' || before.pos === 'PUNCT';
	return afterAdjective && !OBJECT_START.has(after?.pos ?? 'PUNCT');
}

// Parts of speech that open a verb's object.
const OBJECT_START = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADV']);

// Gerunds that introduce a clause rather than name an activity.
const CLAUSE_GERUNDS = new Set('using achieving including leading making showing enabling yielding resulting outperforming requiring having being following involving providing allowing reaching improving reducing'.split(' '));

// Words after which wink-nlp's noun is a verb: subject pronouns, modals, infinitive "to".
const VERB_CONTEXT = /^(?:we|they|can|cannot|could|may|might|must|shall|should|will|would|to)$/i;

/** Tokens `a`, `b`, `c` written without spaces that make one word: a hyphen, or a decimal point between digits. */
function joins(a: Token, b: Token, c: Token): boolean {
	if (b.start !== a.end || c.start !== b.end) return false;
	return b.text === '-' || (b.text === '.' && /\d$/.test(a.text) && /^\d/.test(c.text));
}

/** A gerund naming an activity; capitalised only inside a name. */
function isGerund(token: Token, inName = false): boolean {
	const word = inName ? token.text.toLowerCase() : token.text;
	return token.pos === 'VERB' && /^[a-z]{3,}ing$/.test(word) && !CLAUSE_GERUNDS.has(word);
}

const WORDLIKE = /^[A-Za-z][A-Za-z0-9']*$/;

function kindOf(token: Token): Word['kind'] {
	// wink-nlp keeps some hyphenated words as one token ("post-training").
	if (token.text.includes('-')) return hyphenatedKind(token.text, token);
	if (!WORDLIKE.test(token.text) || token.text.length < 2) return 'other';
	if (token.pos === 'NOUN' || token.pos === 'PROPN') return 'noun';
	if (token.pos === 'ADJ') return 'adj';
	return 'other';
}

function hyphenatedKind(value: string, last: Token): Word['kind'] {
	if (!/^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+$/.test(value) || !/[a-z]{2}/i.test(value)) return 'other';
	// "large-scale" describes; "multi-omics" or "fine-tuning" can head a phrase.
	return last.pos === 'NOUN' || last.pos === 'PROPN' || /ing$/.test(last.text) ? 'noun' : 'adj';
}
