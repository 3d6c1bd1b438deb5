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

/** Every paper's candidates (entity names joined, defined acronyms left out) with their features, in input order. */
export function keyphraseFeatures(papers: readonly KeyphraseCandidates[]): CandidateFeatures[][] {
	const named = papers.map((paper) => withEntityNames(paper.abstract, paper.candidates, paper.entities ?? [], phraseForm));
	const df = new Map<string, number>();
	for (const { forms } of named) for (const form of new Set(forms)) df.set(form, (df.get(form) ?? 0) + 1);
	const n = papers.length;
	return papers.map((paper, p) => {
		const titleWords = new Set(wordsOf(phraseForm(paper.title)).map(singular));
		const title = ` ${wordsOf(phraseForm(paper.title)).map(singular).join(' ')} `;
		const abstract = paper.abstract.toLowerCase();
		const sentences = sentenceEnds(paper.abstract);
		const firstEnd = sentences[0] ?? paper.abstract.length;
		// Per sentence, whether the authors name their contribution in it.
		const claims = [0, ...sentences].map((start, k) => CONTRIBUTION.test(paper.abstract.slice(start, sentences[k] ?? paper.abstract.length)));
		const defined = definedAcronyms(paper);
		const { candidates, forms, roles } = named[p]!;
		const rows = candidates.flatMap((candidate, i) => {
			if (defined.acronyms.has(candidate.text)) return [];
			const form = forms[i]!;
			const entity = roles[i];
			const words = wordsOf(form);
			const written = candidate.text.split(/[\s-]+/).filter(Boolean);
			const head = written.at(-1) ?? '';
			const acronym = defined.longForms.get(candidate.start);
			const tf = occurrences(abstract, candidate.text.toLowerCase()) + (acronym ? occurrences(paper.abstract, acronym) - 1 : 0);
			const sentence = sentences.filter((end) => end <= candidate.start).length;
			const values: Record<FeatureName, number> = {
				logTf: Math.log(tf),
				once: Number(tf === 1),
				idf: n > 1 ? Math.log(1 + n / df.get(form)!) / Math.log(1 + n) : 1,
				position: candidate.start / Math.max(1, paper.abstract.length),
				firstSentence: Number(candidate.start < firstEnd),
				contribution: Number(claims[sentence]),
				titleShare: words.filter((w) => titleWords.has(singular(w))).length / words.length,
				wholeInTitle: Number(title.includes(` ${words.map(singular).join(' ')} `)),
				oneWord: Number(words.length === 1),
				threePlusWords: Number(words.length >= 3),
				name: Number(writtenAsName(candidate.text)),
				introduced: Number(entity === 'introduced'),
				used: Number(entity !== undefined && entity !== 'introduced'),
				definesAcronym: Number(acronym !== undefined),
				outsideEnglish: written.filter((w) => !/^[A-Za-z]+$/.test(w) || !isGeneralWord(w.toLowerCase())).length / Math.max(1, written.length),
				vagueHead: Number(isVagueWord(head)),
				gerundHead: Number(/^[a-z]{3,}ing$/.test(head)),
				pluralHead: Number(form !== candidate.text.toLowerCase().replace(/\s+/g, ' ')),
				handScore: 0,
				shareOfBest: 0,
				weak: 0,
			};
			values.handScore = handScore(values, tf, words.length, entity !== undefined);
			values.weak = Number(!entity && tf === 1 && values.titleShare === 0 && !values.name && words.length < 3);
			return [{ candidate, form, entity, values: FEATURES.map((name) => values[name]) }];
		});
		const hand = FEATURES.indexOf('handScore');
		const best = Math.max(...rows.map((r) => r.values[hand]!));
		for (const row of rows) row.values[FEATURES.indexOf('shareOfBest')] = row.values[hand]! - best;
		return rows;
	});
}

/**
 * log of the hand-set score: TF-IDF with a bonus for title words, more for a phrase the title
 * holds whole, one written as a name or an entity's name, and up to twice for one said first.
 */
function handScore(values: Record<FeatureName, number>, tf: number, length: number, entity: boolean): number {
	const lengthWeight = length === 1 ? 1.2 : length === 2 ? 1 : 1.3;
	const bonus = (values.wholeInTitle ? 3 : 1) * (values.name ? 2 : 1) * (entity ? 3 : 1);
	return Math.log(tf * (1 + Math.log(tf)) * values.idf * (1 + 1.5 * values.titleShare) * lengthWeight * bonus * (2 - values.position));
}

/** Ends of the abstract's sentences: after a full stop, question or exclamation mark and a space before a capital. */
function sentenceEnds(text: string): number[] {
	return [...text.matchAll(/[.!?](?=\s+[A-Z(])/g)].map((m) => m.index + 1);
}

function occurrences(text: string, phrase: string): number {
	let found = 0;
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) found++;
	return Math.max(1, found);
}
