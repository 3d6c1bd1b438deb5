/**
 * The vocabulary of keyphrase candidates: words too general to name a paper's subject
 * ("method", "results"), modifiers that grade rather than name ("novel", "high-quality"),
 * vague head nouns, function words wink-nlp tags as nouns, units, and the tests built on them
 * (general English, title-cased general words, a lone word technical enough to stand alone).
 */
import { isEnglishWord } from '../sentences.ts';
import { opensWithHeadingWord } from './section-label.ts';

/** Words too general to name what a paper is about: a phrase made only of these is dropped. */
export const GENERIC: ReadonlySet<string> = new Set(
	'approach approaches method methods paper papers work works result results performance task tasks problem problems way ways use number numbers set sets type types case cases part parts order terms study studies analysis framework frameworks model models state art experiment experiments evaluation evaluations improvement improvements ability abilities capability capabilities effectiveness efficiency data information time times level levels range ranges variety process impact role need needs fact lack end addition contrast light question questions issue issues challenge challenges aspect aspects factor factors property properties amount field fields domain domains area areas application applications scenario scenarios setting settings benchmark benchmarks dataset datasets system systems technique techniques solution solutions strategy strategies tool tools'.split(' '),
);
/**
 * Modifiers of academic prose that name no subject of their own: a phrase of these and
 * `GENERIC` words is the paper talking about itself ("experimental results", "numerical
 * method", "open problem", "research area"), in any field.
 */
export const ACADEMIC: ReadonlySet<string> = new Set('experimental empirical theoretical numerical quantitative qualitative open research'.split(' '));
/**
 * Sizes: with only `GENERIC` words they name no subject ("large model", "smaller models"), while
 * in a longer name they stay ("large language models", "small molecules").
 */
export const SIZES: ReadonlySet<string> = new Set('small smaller smallest large larger largest big bigger tiny huge'.split(' '));
/**
 * Superlatives, which rank one of several ("highest malaria transmission", "the lowest error rates"):
 * they grade, as `EVALUATIVE` words do, and name no subject. Not those that open a name ("least squares",
 * "shortest path", "longest common subsequence"), nor sizes (`SIZES`).
 */
export const SUPERLATIVES: ReadonlySet<string> = new Set(
	'highest lowest greatest strongest weakest worst latest earliest fastest slowest widest richest poorest'.split(' '),
);
/** Adjectives that praise or count rather than name, trimmed from a phrase's start; superlatives among them. */
export const EVALUATIVE: ReadonlySet<string> = new Set([
	...SUPERLATIVES,
	...(
		'novel new existing various several different extensive comprehensive significant effective efficient simple better best strong stronger superior remarkable substantial competitive promising robust previous prior current recent many most more much key main first second third same further additional notable impressive considerable crucial important powerful diverse certain specific particular original overall whole entire few little great greater high higher low lower good accurate complex realistic sufficient potential major inherent versatile pure typical common wide broad large-scale small-scale subsequent correct popular clear numerous concrete exact multiple top vanilla custom central typical modern traditional conventional sota state-of-the-art' +
		// Hyphenated modifiers of general science writing that grade, never name.
		' high-quality low-quality top-ranked well-known widely-used cost-effective time-consuming real-world' +
		// Adjectives that point back or judge fit, in any field ("relevant training data", "similar states").
		' relevant possible similar respective corresponding proposed thorough prominent inconsistent' +
		// Adjectives that judge or say what is at hand, and number words that count.
		' available inevitable outstanding representative illustrative appropriate rigorous valuable desirable suitable excellent unprecedented' +
		// Adjectives that judge a finding or point at what is left ("nontrivial conserved quantities", "remaining perturbative terms").
		' interesting surprising intriguing counterintuitive counter-intuitive nontrivial non-trivial remaining' +
		// Adjectives of general English that judge ease, worth, size or care ("safe driving scenarios", "distinct
		// development models", "limited labelled data"): two of the 13,616 reference keyphrases of the open gold lists
		// open with one of them ("distinct theories", "high-fidelity provenance data"); those that also open terms stay
		// ("mild cognitive impairment", "essential oils").
		' safe distinct abrupt unique difficult easy sophisticated meaningful precise careful successful comparable quick' +
		' limited poor adequate acceptable useful helpful beneficial favorable favourable excessive straightforward' +
		' elegant preliminary actual underlying dedicated enormous immense tremendous dramatic pronounced slight modest' +
		' negligible gradual insufficient inadequate abundant scarce demanding costly expensive laborious tedious unreliable vast' +
		' intuitive trustworthy insignificant widespread high-fidelity cutting-edge user-friendly easy-to-use' +
		' dozen dozens hundred hundreds thousand thousands million millions billion billions'
	).split(' '),
]);
/**
 * Whether a lower-case word grades rather than names: an `EVALUATIVE` word, or "well" joined to a
 * participle ("well-defined review processes", "well-trained model", "well-documented test case"),
 * which says how good or known a thing is in any field; "well-being" is a noun and stays.
 *
 * @example isGradingWord('well-defined') // true
 * @example isGradingWord('well-being') // false
 */
export function isGradingWord(lower: string): boolean {
	return EVALUATIVE.has(lower) || WELL_PARTICIPLE.test(lower);
}

// "well-" and a participle or an adjective: "well-defined", "well-known", "well-understood", "well-off"; not the noun "well-being".
const WELL_PARTICIPLE = /^well-(?!being\b)[a-z]+$/;

/**
 * Vague head nouns: "knowledge editing methods" names what "knowledge editing" does, so the
 * phrase is cut before them when what precedes them ends in a noun.
 */
export const VAGUE_HEADS: ReadonlySet<string> = new Set(
	'method methods approach approaches technique techniques performance quality ability abilities capability capabilities framework frameworks strategy strategies process processes scheme schemes solution solutions behaviour behavior behaviours behaviors consumption results settings issues problems'.split(' '),
);
/**
 * The vague heads that name a kind of method ("heuristic methods", "multi-agent framework"), as
 * against a property of one ("reasoning abilities", "benchmark quality").
 */
export const METHOD_KINDS: ReadonlySet<string> = new Set('method methods approach approaches technique techniques framework frameworks strategy strategies scheme schemes'.split(' '));
/** Words wink-nlp may tag as adjectives or nouns that are determiners, pronouns or conjunctions in practice. */
export const NEVER: ReadonlySet<string> = new Set('this these that those its their our his her it we they which what each every all any both either neither some such other another same own us them one whilst while although though whereas however thus hence therefore'.split(' '));

// Units and their abbreviations: a measure, never a topic.
const UNITS = new Set('kb mb gb tb pb kib mib gib tib flops tflops pflops gflops ms hz khz mhz ghz nm mm cm km kg mg ev kev mev gev tev dpi fps bps kbps mbps gbps'.split(' '));

/**
 * A single word worth a keyphrase on its own: an acronym or name with inner capitals ("LoRA",
 * "SRA"), a hyphenated or numbered word, a word outside general English ("pseudotime",
 * "contigs") or a capitalised word inside a sentence ("Mamba"), unless it is general words
 * in title case ("Fine-Tuning").
 * "detection", "pipeline" or "galaxies" alone say little about a paper.
 */
export function isTechnicalWord(text: string, { start, end }: { start: number; end: number }, capitalNames: boolean): boolean {
	const word = text.slice(start, end);
	if (word.length < 3 || UNITS.has(word.toLowerCase())) return false;
	// General words in title case ("Fine-Tuning" of "Supervised Fine-Tuning", "Deep-Learning")
	// are capitalised as part of a name or a heading, not named by their capitals.
	if (isTitleCasedGeneral(word)) return false;
	// A long plain word shouted in capitals is a heading or emphasis ("AVAILABILITY", "PATIENTS"), not
	// an acronym; short ones may be both ("GLUE", the STRING database), so they stay names.
	if (word.length >= 7 && /^[A-Z]+$/.test(word) && isGeneralWord(word.toLowerCase())) return false;
	// A structured abstract's heading in capitals, shorter ones too ("DESIGN:", "AIMS:").
	if (text[end] === ':' && /^[A-Z]+$/.test(word) && opensWithHeadingWord(word)) return false;
	if (/[A-Z0-9]/.test(word.slice(1))) return true;
	// A capital marks a name unless it only starts the sentence.
	if (capitalNames && /^[A-Z]/.test(word) && !/(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) return true;
	// A compound of general words ("trade-offs", "fine-tuning", "closed-source") is general too;
	// one with a part outside general English ("multi-omics", "k-mer") is not.
	// Most words asked about hold neither dash: split, they would be themselves (this runs for
	// every one-word phrase of every abstract, and the split arrays were a per-cent of its allocations).
	if (!word.includes('-') && !word.includes('\u2013')) return !isGeneralWord(word);
	return word.split(/-+|\u2013/).some((part) => !isGeneralWord(part));
}

/**
 * True for a hyphenated word whose every part is a capitalised word of general English.
 *
 * @example isTitleCasedGeneral('Fine-Tuning') // → true
 * @example isTitleCasedGeneral('IP-Adapter') // → false: "IP" is no general word
 */
function isTitleCasedGeneral(word: string): boolean {
	// A word with no dash is one part: not split (most words asked about, as in `isTechnicalWord`).
	if (!word.includes('-') && !word.includes('\u2013')) return false;
	const parts = word.split(/-+|\u2013/);
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
	// Most words asked about are English as written: their singular is made only when needed.
	return isEnglishWord(word) || isEnglishWord(word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));
}
