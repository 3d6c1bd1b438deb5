/**
 * What keyphrase selection knows about each candidate of a paper, as numbers a scorer weighs:
 * how often the abstract says it and how rare it is in the collection (TF-IDF), where it is
 * first said, how much of it the title holds, its length, whether it is written as a name or
 * is an entity's name, how much of it lies outside general English, and what kind of word heads
 * it. These are the features of KEA (Witten et al. 1999: TF×IDF and first position) and its
 * successors (phrase length, title occurrence), read off the abstract alone.
 * An acronym the abstract defines ("large language models (LLMs)") stands for its long form:
 * the long form takes the acronym's occurrences and the acronym is no candidate of its own
 * (`keyphrase-acronyms.ts`); phrases are compared by their form (`phrase-form.ts`).
 */
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { isGeneralWord, isVagueWord } from '../text/keyphrase-vocabulary.ts';
import { definedAcronyms } from './keyphrase-acronyms.ts';
import { withEntityNames } from './keyphrase-entity-names.ts';
import { phraseForm, singular, wordsOf, writtenAsName } from './phrase-form.ts';
import { writtenWords } from './written-words.ts';
import { allMatches } from '../all-matches.ts';

/** One paper as keyphrase selection reads it. */
export interface KeyphraseCandidates {
	title: string;
	abstract: string;
	/** Verbatim noun-phrase spans of the abstract, first occurrence of each form. */
	candidates: readonly Span[];
	/** The paper's entities (introduced method, datasets, models), their spans in the title or abstract. */
	entities?: readonly Pick<Entity, 'role' | 'spans'>[];
}

/** The features of a candidate, in the order `FEATURES` names them. */
export const FEATURES = [
	/** log of how often the abstract says it (an acronym it defines counts as it). */
	'logTf',
	/** Said once. */
	'once',
	/** Collection rarity: log(1 + n/df) over log(1 + n), 1 for a phrase no other paper has. */
	'idf',
	/** Where it is first said, as a share of the abstract (0: at the start). */
	'position',
	/** In the abstract's first sentence. */
	'firstSentence',
	/** In a sentence where the authors say what they propose, introduce or present. */
	'contribution',
	/** Share of its words the title uses. */
	'titleShare',
	/** The title holds it whole. */
	'wholeInTitle',
	'oneWord',
	'threePlusWords',
	/** Written as a name (`writtenAsName`). */
	'name',
	/** The name of an entity the paper introduces. */
	'introduced',
	/** The name of a dataset or model the paper uses. */
	'used',
	/** The long form of an acronym the abstract defines. */
	'definesAcronym',
	/** Share of its words outside general English ("pseudotime", "contigs"). */
	'outsideEnglish',
	/** Its head noun is general or vague ("framework", "performance"). */
	'vagueHead',
	/** Its head is a gerund ("editing", "sequencing"). */
	'gerundHead',
	/** Its head is plural. */
	'pluralHead',
	/** log of the hand-set score (TF-IDF × title, name and entity bonuses × first-position weight). */
	'handScore',
	/** `handScore` less the paper's best: log of its share of the best. */
	'shareOfBest',
	/** Said once, short, with no title word, no name and no entity: weak by the hand-set rule. */
	'weak',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** One candidate of a paper with its comparable form, entity role and features. */
export interface CandidateFeatures {
	candidate: Span;
	form: string;
	entity: Entity['role'] | undefined;
	/** Parallel to `FEATURES`. */
	values: number[];
}

// A sentence where the authors name their contribution.
const CONTRIBUTION = /\b(?:we|this (?:paper|work|study))\s+(?:\w+ly\s+)?(?:propose|introduce|present|develop|design|release|build|describe)/i;

/**
 * What `paperKeyphraseFeatures` makes of one paper: its candidates (entity names joined, defined
 * acronyms left out) with every feature that needs only the paper, so the per-paper stage can
 * work them out on a worker thread and the content-hash cache keep them; `keyphraseFeaturesFrom`
 * adds the rest (`FILLED_FEATURES`). Compact, as the cache holds one per paper and a worker
 * sends each to the main thread: forms are listed once, the candidates' numbers are one flat
 * array (a row and a values array per candidate were most of the objects a paper's annotations
 * kept alive), and a span's text is the abstract's.
 */
export interface PaperKeyphraseFeatures {
	/** Distinct comparable forms of every candidate, defined acronyms included: what document frequency counts. */
	forms: string[];
	/**
	 * `ROW_LENGTH` numbers per candidate: its span's start and end in the abstract, the index of
	 * its form in `forms`, how often the abstract says it (a defined acronym's occurrences
	 * included), its number of words, then its feature values (in `FEATURES` order, 0 for the
	 * `FILLED_FEATURES`).
	 */
	rows: number[];
	/** The candidates (by row, ascending) that name an entity or whose text is not `abstract.slice(start, end)`. */
	marks: CandidateMark[];
}

/** A candidate's row, the role of the entity it names (0 for none), and its text where it is not the abstract's slice. */
export type CandidateMark = [row: number, entity: Entity['role'] | 0, text?: string];

/** Numbers before a row's feature values: start, end, form, tf, words. */
const ROW_HEAD = 5;

/** Numbers of one candidate in `PaperKeyphraseFeatures.rows`. */
export const ROW_LENGTH = ROW_HEAD + FEATURES.length;

/**
 * Features `keyphraseFeaturesFrom` fills in: those that depend on the rest of the collection,
 * and those a row's own numbers give (not kept twice in the cache).
 */
export const FILLED_FEATURES: readonly FeatureName[] = ['idf', 'handScore', 'shareOfBest', 'logTf', 'position'];

/** Every paper's candidates (entity names joined, defined acronyms left out) with their features, in input order. */
export function keyphraseFeatures(papers: readonly KeyphraseCandidates[]): CandidateFeatures[][] {
	return keyphraseFeaturesFrom(papers, papers.map(paperKeyphraseFeatures));
}

/** One paper's candidates with the features that need only the paper (`PaperKeyphraseFeatures`). */
export function paperKeyphraseFeatures(paper: KeyphraseCandidates): PaperKeyphraseFeatures {
	const { candidates, forms, roles } = withEntityNames(paper.abstract, paper.candidates, paper.entities ?? [], phraseForm);
	const distinct = [...new Set(forms)];
	const formIndex = new Map(distinct.map((form, i) => [form, i]));
	const titleSingulars = wordsOf(phraseForm(paper.title)).map(singular);
	const titleWords = new Set(titleSingulars);
	const title = ` ${titleSingulars.join(' ')} `;
	const abstract = paper.abstract.toLowerCase();
	const sentences = sentenceEnds(paper.abstract);
	const firstEnd = sentences[0] ?? paper.abstract.length;
	// Per sentence, whether the authors name their contribution in it.
	const claims = [0, ...sentences].map((start, k) => CONTRIBUTION.test(paper.abstract.slice(start, sentences[k] ?? paper.abstract.length)));
	const defined = definedAcronyms(paper);
	// A phrase the abstract says n times is n candidates: its occurrences are counted once.
	const counted = new Map<string, number>();
	const timesSaid = (phrase: string) => {
		let times = counted.get(phrase);
		if (times === undefined) counted.set(phrase, (times = occurrences(abstract, phrase)));
		return times;
	};
	// Built in a loop, every row's numbers pushed in order onto the paper's one array: this runs for
	// every candidate of every paper, and a record of named values mapped to an array, the written
	// words split into an array and a row and a values array per candidate were a tenth of what
	// the per-paper stage allocated.
	const rows: number[] = [];
	const marks: CandidateMark[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		if (defined.acronyms.has(candidate.text)) continue;
		const form = forms[i]!;
		const entity = roles[i];
		const words = wordsOf(form);
		const written = writtenWords(candidate.text, isGeneralWord);
		const acronym = defined.longForms.get(candidate.start);
		const tf = timesSaid(candidate.text.toLowerCase()) + (acronym ? occurrences(paper.abstract, acronym) - 1 : 0);
		// Each word made singular once: the title tests below read every word.
		const singulars = words.map(singular);
		let sentence = 0;
		while (sentence < sentences.length && sentences[sentence]! <= candidate.start) sentence++;
		const titleShare = countWhere(singulars, (w) => titleWords.has(w)) / words.length;
		const name = Number(writtenAsName(candidate.text));
		const weak = Number(!entity && tf === 1 && titleShare === 0 && !name && words.length < 3);
		const text = paper.abstract.slice(candidate.start, candidate.end) === candidate.text ? undefined : candidate.text;
		if (entity !== undefined || text !== undefined) marks.push(text === undefined ? [rows.length / ROW_LENGTH, entity ?? 0] : [rows.length / ROW_LENGTH, entity ?? 0, text]);
		// The row's head, then its values in `FEATURES` order (a test checks it against the names).
		rows.push(
			candidate.start,
			candidate.end,
			formIndex.get(form)!,
			tf,
			words.length,
			0, // logTf
			Number(tf === 1), // once
			0, // idf
			0, // position
			Number(candidate.start < firstEnd), // firstSentence
			Number(claims[sentence]), // contribution
			titleShare, // titleShare
			Number(title.includes(` ${singulars.join(' ')} `)), // wholeInTitle
			Number(words.length === 1), // oneWord
			Number(words.length >= 3), // threePlusWords
			name, // name
			Number(entity === 'introduced'), // introduced
			Number(entity !== undefined && entity !== 'introduced'), // used
			Number(acronym !== undefined), // definesAcronym
			written.outsideEnglish / Math.max(1, written.count), // outsideEnglish
			Number(isVagueWord(written.head)), // vagueHead
			Number(/^[a-z]{3,}ing$/.test(written.head)), // gerundHead
			Number(form !== candidate.text.toLowerCase().replace(/\s+/g, ' ')), // pluralHead
			0, // handScore
			0, // shareOfBest
			weak, // weak
		);
	}
	return { forms: distinct, rows, marks };
}

const LOG_TF = FEATURES.indexOf('logTf');
const POSITION = FEATURES.indexOf('position');
const IDF = FEATURES.indexOf('idf');
const HAND = FEATURES.indexOf('handScore');
const SHARE = FEATURES.indexOf('shareOfBest');

/**
 * Every paper's candidates with all their features, from what `paperKeyphraseFeatures` made of
 * each (`perPaper`, parallel to `papers`): adds how rare each phrase is in the collection, the
 * hand-set score and its share of the paper's best, which read that rarity, and the features its
 * row's numbers give.
 */
export function keyphraseFeaturesFrom(papers: readonly { abstract: string }[], perPaper: readonly PaperKeyphraseFeatures[]): CandidateFeatures[][] {
	const df = phraseDocumentFrequencies(perPaper);
	return perPaper.map((paper, p) => featuresInCollection(papers[p]!.abstract, paper, df, papers.length));
}

/**
 * How many papers have each phrase form: all a paper's features read from the rest of the
 * collection, besides the number of papers.
 */
export function phraseDocumentFrequencies(perPaper: readonly PaperKeyphraseFeatures[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const { forms } of perPaper) for (const form of forms) df.set(form, (df.get(form) ?? 0) + 1);
	return df;
}

/**
 * One paper's candidates with all their features (`keyphraseFeaturesFrom` for one paper), in a
 * collection of `n` papers whose phrase forms' document frequencies are `df`.
 */
export function featuresInCollection(abstract: string, paper: PaperKeyphraseFeatures, df: ReadonlyMap<string, number>, n: number): CandidateFeatures[] {
	const { forms, rows: numbers, marks } = paper;
	const rows: CandidateFeatures[] = [];
	for (let o = 0, m = 0; o < numbers.length; o += ROW_LENGTH) {
		const start = numbers[o]!;
		const end = numbers[o + 1]!;
		const tf = numbers[o + 3]!;
		const mark = marks[m]?.[0] === o / ROW_LENGTH ? marks[m++] : undefined;
		const form = forms[numbers[o + 2]!]!;
		const entity = mark?.[1] || undefined;
		const values = numbers.slice(o + ROW_HEAD, o + ROW_LENGTH);
		// JSON (the content-hash cache) writes NaN, a share of no words, as null.
		for (let k = 0; k < values.length; k++) values[k] ??= NaN;
		values[LOG_TF] = Math.log(tf);
		values[POSITION] = start / Math.max(1, abstract.length);
		values[IDF] = n > 1 ? Math.log(1 + n / df.get(form)!) / Math.log(1 + n) : 1;
		values[HAND] = handScore(values, tf, numbers[o + 4]!, entity !== undefined);
		rows.push({ candidate: { start, end, text: mark?.[2] ?? abstract.slice(start, end) }, form, entity, values });
	}
	const best = Math.max(...rows.map((r) => r.values[HAND]!));
	for (const row of rows) row.values[SHARE] = row.values[HAND]! - best;
	return rows;
}

/**
 * log of the hand-set score: TF-IDF with a bonus for title words, more for a phrase the title
 * holds whole, one written as a name or an entity's name, and up to twice for one said first.
 */
function handScore(values: readonly number[], tf: number, length: number, entity: boolean): number {
	const lengthWeight = length === 1 ? 1.2 : length === 2 ? 1 : 1.3;
	const bonus = (values[WHOLE_IN_TITLE] ? 3 : 1) * (values[NAME] ? 2 : 1) * (entity ? 3 : 1);
	return Math.log(tf * (1 + Math.log(tf)) * values[IDF]! * (1 + 1.5 * values[TITLE_SHARE]!) * lengthWeight * bonus * (2 - values[POSITION]!));
}

// Where the hand-set score reads its features: it runs for every candidate of every paper.
const WHOLE_IN_TITLE = FEATURES.indexOf('wholeInTitle');
const NAME = FEATURES.indexOf('name');
const TITLE_SHARE = FEATURES.indexOf('titleShare');

/** Ends of the abstract's sentences: after a full stop, question or exclamation mark and a space before a capital. */
function sentenceEnds(text: string): number[] {
	return [...allMatches(text, /[.!?](?=\s+[A-Z(])/g)].map((m) => m.index + 1);
}

/** How many of `items` pass `test`: `filter(test).length` without the array (it runs for every candidate). */
function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
	let count = 0;
	for (const item of items) if (test(item)) count++;
	return count;
}

function occurrences(text: string, phrase: string): number {
	let found = 0;
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) found++;
	return Math.max(1, found);
}
