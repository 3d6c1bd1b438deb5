/**
 * A paper's keyphrases: its noun-phrase candidates (`text/keyphrases.ts`), described by
 * `keyphrase-features.ts`, scored by a logistic model over those features, and deduplicated by
 * containment (a longer phrase nearly as strong replaces its chosen part), so "diffusion model"
 * and "diffusion model distillation" do not both take a place. A chosen phrase also gives its
 * place to a longer candidate holding it that the abstract says again, or to the strongest of
 * several holding it, even when that one would not be reached before the places fill
 * (`longestHolder`; a lone word gives it on the page only).
 * The shipped model (`KEYPHRASE_MODEL`) is the hand-set score: TF-IDF with a bonus for words the
 * title uses, more for a phrase the title holds whole, one written as a name or an entity's
 * name, and more the earlier the abstract first says it; a learned one did worse on held-out papers.
 * A short phrase said once, with no title word and not written as a name, is weak: it only fills
 * a paper with fewer than three strong ones, so such a paper gets fewer keyphrases rather than filler.
 * How many a paper shows: its entity names among its best candidates, and at most
 * `PHRASE_PLACES` phrases besides. A reader knows an entity's name from the page already, and
 * past a few phrases the score's order says little (a phrase's share of the best did not tell a
 * reference keyphrase from filler better than its place), so a paper without entities gets a
 * few phrases rather than ten. A model may also end the list where a phrase is less likely than
 * its threshold (the fit script's models do); the shipped one does not.
 * The paper's entity names (`keyphrase-entity-names.ts`) are never weak and are not replaced
 * by a longer phrase that holds them ("ScienceQA dataset" for "ScienceQA").
 * The score decides how many keyphrases a page shows; which candidates fill those places also
 * weighs the kind of phrase (`keyphrase-preference.ts`): a defined acronym's long form or an
 * activity before a lone common word of like strength.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { FEATURES, keyphraseFeatures, type CandidateFeatures, type FeatureName, type KeyphraseCandidates } from './keyphrase-features.ts';
import { placePreference } from './keyphrase-preference.ts';
import { singular, wordsOf } from './phrase-form.ts';

export { type KeyphraseCandidates } from './keyphrase-features.ts';

/** A logistic scorer of candidates: the chance a candidate is a keyphrase, from its features. */
export interface KeyphraseModel {
	bias: number;
	weights: Record<FeatureName, number>;
	/** Past a paper's first three keyphrases, one less likely than this is left out (0: none is). */
	threshold: number;
}

/** Limits of keyphrase selection. */
export interface SelectKeyphrasesOptions {
	/** Most keyphrases per paper (default 10). */
	count?: number;
	/** The scorer (default `KEYPHRASE_MODEL`); `scripts/eval/fit-keyphrases.ts` passes the ones it fits. */
	model?: KeyphraseModel;
}

/** One paper's keyphrases: those its page shows, and the longer list the collection steps read. */
export interface KeyphraseSelection {
	/** As many keyphrases as the evidence supports, the preferred kinds first (`keyphrase-preference.ts`): what the paper record keeps. */
	shown: Span[];
	/**
	 * Up to `count` keyphrases as if every paper got that many, best first: derived topic names
	 * and related papers look for phrases papers share, and a phrase cut from one page can still
	 * be the one two papers have in common.
	 */
	ranked: Span[];
}

/** Keyphrases of every paper, in input order; each list best first, every entry a candidate span. */
export function selectKeyphrases(papers: readonly KeyphraseCandidates[], options: SelectKeyphrasesOptions = {}): Span[][] {
	return rankKeyphrases(papers, options).map((selection) => selection.shown);
}

/** `selectKeyphrases` with, for each paper, the longer ranked list beside the shown one, in one pass. */
export function rankKeyphrases(papers: readonly KeyphraseCandidates[], options: SelectKeyphrasesOptions = {}): KeyphraseSelection[] {
	return rankByFeatures(keyphraseFeatures(papers), options);
}

/** `rankKeyphrases` from candidate features already worked out: the fit script scores many models on one set. */
export function rankByFeatures(papers: readonly (readonly CandidateFeatures[])[], options: SelectKeyphrasesOptions = {}): KeyphraseSelection[] {
	const { count = 10, model = KEYPHRASE_MODEL } = options;
	const weights = FEATURES.map((name) => model.weights[name]);
	const cut = model.threshold / (1 - model.threshold);
	return papers.map((features) => {
		const scored = features.map((entry) => {
			const score = odds(model.bias, weights, entry.values);
			return { ...entry, weak: entry.values[WEAK]! > 0, score, order: score, padded: ` ${entry.form} ` };
		});
		const selection = choose(bestFirst(scored), count, cut);
		// The evidence decides how many places the page has; the kind of phrase, which fill them
		// (`keyphrase-preference.ts`). The ranked list, read by the collection steps, stays as scored.
		const places = selection.shown.length;
		for (const entry of scored) entry.order = entry.score * placePreference(entry.values, entry.entity !== undefined);
		return { shown: choose(bestFirst(scored), count, 0, places, PHRASE_PLACES).shown, ranked: selection.ranked };
	});
}

/** Candidates in `order`, best first; weak phrases come after every strong one and only fill a paper up to `FLOOR`. */
function bestFirst(scored: Scored[]): Scored[] {
	return scored.sort((a, b) => Number(a.weak) - Number(b.weak) || b.order - a.order || a.candidate.start - b.candidate.start);
}

/** Odds of a keyphrase under a logistic model: a chance p has odds p / (1 - p). */
function odds(bias: number, weights: readonly number[], values: readonly number[]): number {
	let z = bias;
	for (let i = 0; i < weights.length; i++) z += weights[i]! * values[i]!;
	return Math.exp(z);
}

/**
 * A candidate with its evidence `score` (the cut, and a longer phrase replacing a part, read it) and the `order` it is taken in;
 * `padded` is its form between spaces, made once for the many containment tests between candidates.
 */
type Scored = CandidateFeatures & { weak: boolean; score: number; order: number; padded: string };

const WEAK = FEATURES.indexOf('weak');

/**
 * The shown and ranked lists from candidates sorted best first, parts and overlaps merged; the
 * shown list ends at the cut, or when a phrase would take a place past `places` or be the
 * phrase past `phrases` that names no entity (a phrase that merges with or replaces a chosen one
 * takes no new place), where both lists end.
 */
function choose(scored: readonly Scored[], count: number, cut: number, places = Infinity, phrases = Infinity): KeyphraseSelection {
	const byForm = new Map(scored.map((entry) => [entry.form, entry]));
	let chosen: Scored[] = [];
	let shown: Scored[] | null = null;
	for (const entry of scored) {
		if (chosen.length === count || (chosen.length >= FLOOR && entry.weak)) break;
		// The page's list ends at the first phrase the evidence does not back, once it holds
		// `PHRASE_FLOOR` phrases beside the entity names; the ranked list goes on.
		if (!shown && chosen.length >= FLOOR && chosen.filter((c) => !c.entity).length >= PHRASE_FLOOR && entry.score < cut) shown = chosen.slice();
		if (chosen.some((c) => contains(c, entry))) continue;
		// Two overlapping parts of one candidate ("video generation", "generation models")
		// are that candidate: it takes the first part's place.
		const overlap = chosen.findIndex((c) => byForm.has(joinOverlap(c, entry)) || byForm.has(joinOverlap(entry, c)));
		if (overlap >= 0) {
			const whole = byForm.get(joinOverlap(chosen[overlap]!, entry)) ?? byForm.get(joinOverlap(entry, chosen[overlap]!))!;
			chosen[overlap] = whole;
			chosen = chosen.filter((c) => c === whole || !contains(whole, c));
			continue;
		}
		// A longer phrase nearly as strong as a chosen part of it names more ("cell trajectory inference"),
		// unless the part is an entity's name: "ScienceQA dataset" says no more than "ScienceQA".
		const part = chosen.findIndex((c) => contains(entry, c));
		if (part < 0) {
			// Past the places the list is what the page shows; the ranked list is the first pass's.
			if (chosen.length >= places || (!entry.entity && countWhere(chosen, (c) => !c.entity) >= phrases)) {
				return { shown: chosen.map((c) => c.candidate), ranked: chosen.map((c) => c.candidate) };
			}
			// On the page, a phrase whose words a chosen one already says, in another order or with
			// words between ("4D dynamics" beside "4D scene dynamics"), names nothing new.
			if (places < Infinity && !entry.entity && chosen.some((c) => wordsWithin(entry.form, c.form))) continue;
			// The ranked list takes a phrase's holder too, so that a related paper's reason names the form its page shows.
			chosen.push(!entry.entity && (places < Infinity || entry.form.includes(' ')) ? longestHolder(scored, entry, chosen) : entry);
		} else if (entry.score >= chosen[part]!.score * LONGER_SHARE && !chosen[part]!.entity) chosen[part] = entry;
	}
	return { shown: (shown ?? chosen).map((c) => c.candidate), ranked: chosen.map((c) => c.candidate) };
}

/**
 * The phrase that takes a chosen phrase's place (a lone word's on the page only), so that how soon the list fills up
 * does not decide between a phrase and the longer candidates holding it: for a lone word, the
 * strongest longer candidate that would replace it once reached, or, for one that is no acronym
 * or name, one the abstract says again ("physical qubits" for "qubit"). For a phrase of two words or
 * more, the strongest longer one the abstract says again ("audio token sparsity" twice beside
 * "token sparsity"): the authors' own term, even when weaker, down to `RECURRING_SHARE`; or,
 * when two or more candidates hold the phrase ("sea lions" in "Steller sea lions" and
 * "California sea lions"), the strongest one that would replace it: the phrase is then a stem
 * several terms share rather than the paper's term. Otherwise the phrase itself.
 */
function longestHolder(scored: readonly Scored[], phrase: Scored, chosen: readonly Scored[]): Scored {
	const lone = !phrase.form.includes(' ');
	// A lone acronym or name ("fMRI", "UCE") is a term on its own: "fMRI data" said twice is no better.
	const spelledAsName = /[\p{Lu}\p{N}]/u.test(phrase.candidate.text.slice(1));
	let stem: boolean | undefined;
	let best = phrase;
	for (const entry of scored) {
		if (entry.weak || !entry.form.includes(' ') || entry.form === phrase.form || !contains(entry, phrase)) continue;
		if (chosen.some((c) => contains(entry, c) || contains(c, entry))) continue;
		const replaces = entry.score >= phrase.score * LONGER_SHARE;
		const recurs = entry.values[ONCE] === 0 && entry.score >= phrase.score * RECURRING_SHARE;
		if (lone ? !replaces && !(recurs && !spelledAsName) : !recurs && !(replaces && (stem ??= heldTwice(scored, phrase)))) continue;
		if (best === phrase || entry.score > best.score) best = entry;
	}
	return best;
}

/** True when two or more strong candidates longer than `phrase` hold it. */
function heldTwice(scored: readonly Scored[], phrase: Scored): boolean {
	let holders = 0;
	for (const entry of scored) if (!entry.weak && entry.form !== phrase.form && contains(entry, phrase) && ++holders === 2) return true;
	return false;
}

/**
 * How strong a longer phrase the abstract says twice or more must be, relative to a chosen part
 * of it, to take the part's place: a tenth, well below `LONGER_SHARE`, since the
 * abstract's return to the longer form is evidence the score does not weigh.
 */
const RECURRING_SHARE = 0.1;

const ONCE = FEATURES.indexOf('once');

/** How strong a longer phrase must be, relative to a chosen part of it, to replace that part. */
const LONGER_SHARE = 0.3;

/**
 * Most phrases a page shows besides the paper's entity names: past them a phrase of the ranked
 * list is more often filler than a term a reader would look the paper up by.
 */
const PHRASE_PLACES = 5;

/** Keyphrases a paper gets whatever their strength, when it has that many: a page is never left without any. */
const FLOOR = 3;

/**
 * Phrases that name no entity a page shows before its list may end: the paper's entity names,
 * which score highest, are listed on the page already and say little of what it studies.
 */
const PHRASE_FLOOR = 2;

/** Share of the paper's best hand-set score a threshold of one half would read as even odds. */
const MIN_SHARE = 0.05;

/**
 * The shipped scorer: the hand-set score relative to the paper's best, its odds its share of the
 * best over `MIN_SHARE`. Its threshold leaves no phrase out: a phrase's share of the best ended a
 * page's list less well than a count of phrases does (`PHRASE_PLACES`).
 * `node scripts/eval/fit-keyphrases.ts` fits every weight by logistic regression on one half of
 * the gold set and scores the other; the fitted models recalled fewer reference keyphrases
 * on the held-out halves than this one at the same noise, so this one stays.
 */
export const KEYPHRASE_MODEL: KeyphraseModel = {
	bias: Math.log(1 / MIN_SHARE),
	weights: { logTf: 0, once: 0, idf: 0, position: 0, firstSentence: 0, contribution: 0, titleShare: 0, wholeInTitle: 0, oneWord: 0, threePlusWords: 0, name: 0, introduced: 0, used: 0, definesAcronym: 0, outsideEnglish: 0, vagueHead: 0, gerundHead: 0, pluralHead: 0, handScore: 0, shareOfBest: 1, weak: 0 },
	threshold: 0,
};

/**
 * Phrase form `a` continued by `b` where `b` starts with `a`'s last words, or '' when they do not overlap.
 *
 * @example joinOverlap('video generation', 'generation model') // → 'video generation model' (of the two candidates' forms)
 */
function joinOverlap(a: Scored, b: Scored): string {
	// Most pairs share no word: `b`'s first word, not among `a`'s words after its first, ends it before any split.
	const space = b.form.indexOf(' ');
	if (space < 0 || a.padded.indexOf(b.padded.slice(0, space + 2), 1) < 0) return '';
	const left = a.form.split(' ');
	const right = b.form.split(' ');
	for (let k = Math.min(left.length, right.length) - 1; k >= 1; k--) {
		if (left.slice(-k).join(' ') === right.slice(0, k).join(' ')) return [...left, ...right.slice(k)].join(' ');
	}
	return '';
}

/**
 * True when every word of phrase form `inner` is a word of `outer`, in any order, plurals aside.
 *
 * @example wordsWithin('4d dynamic', '4d scene dynamic') // → true
 */
function wordsWithin(inner: string, outer: string): boolean {
	const words = new Set(wordsOf(outer).map(singular));
	return wordsOf(inner).every((word) => words.has(singular(word)));
}

/** True when candidate `outer`'s form holds `inner`'s as whole words. */
function contains(outer: Scored, inner: Scored): boolean {
	return outer.padded.includes(inner.padded);
}

/** How many of `items` pass `test`. */
function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
	let count = 0;
	for (const item of items) if (test(item)) count++;
	return count;
}
