/**
 * Related papers: the top k papers by similarity of TF-IDF vectors over title and abstract
 * (stopwords removed, stemmed, adjacent word pairs included) plus the paper's entities and
 * keyphrases as extra, boosted features. Shared entities and keyphrases rank first, words
 * second: a word's share of the similarity counts at `wordWeight`. Each neighbour says why it
 * is related by the entities and keyphrases it shares, or failing those the word pairs; never
 * by a single common word ("power", "neural, class") nor by what most of the list says.
 *
 * Scales to tens of thousands of papers: candidates come from an inverted index
 * (`inverted-index.ts`) whose posting lists are capped, so the work is
 * O(n · queryTerms · postingCap) and memory is linear in the total number of features — never
 * an n × n matrix.
 */
import type { Related } from '../../../src/shared/paper-schema.ts';
import { opensWithUnit } from './generic-topic-names.ts';
import { heaviest, postingTable, topByWeight } from './inverted-index.ts';
import { readsAsNoPhrase } from './no-phrase-pairs.ts';
import { wholeReasons } from './whole-shared-phrases.ts';
import { phraseForm } from './phrase-form.ts';
import { SpreadVector } from './ranked-dot.ts';
import { definedAcronymStems } from './reason-acronyms.ts';
import { shownKey, shownPhrases } from './shown-reasons.ts';
import { ENTITY_PREFIX, isNamed, KEYPHRASE_PREFIX, reasonKinds, sharedLabels } from './related-reasons.ts';
import { cappedPostings, paperSignatures, papersToSearch, vectorDigests, type KeptRelated, type KeptSearch } from './related-reuse.ts';
import type { TextFeatureTable } from './text-feature-table.ts';
import { vectorizeKept, type KeptSpace } from './kept-vector-space.ts';
import { keptReasonKinds } from './kept-reason-kinds.ts';
import { labelsOnlyValues } from './value-labels.ts';
import { namesStatistic } from './statistic-acronyms.ts';
import { paperForm, writtenForm } from './written-form.ts';
import { vectorize, type FeatureDocument } from './vector-space.ts';

export type { KeptRelated, KeptSearch } from './related-reuse.ts';

/** A search's result, each paper's with what the next search needs to reuse it. */
export interface RelatedSearch {
	papers: KeptRelated[];
	capped: Record<string, number[]>;
}

/** One paper as the related-paper search sees it. */
export interface RelatedInput {
	id: string;
	title: string;
	abstract: string;
	/** Entities the paper names, keyed `type/id`, shown by `name` when shared. */
	entities?: { key: string; name: string }[];
	/** The paper's keyphrases as written ("diffusion model distillation"), best first. */
	keyphrases?: readonly string[];
	/**
	 * The keyphrases its page shows: a reason neither page shows is named by a shorter phrase it
	 * holds that both pages show (`shown-reasons.ts`).
	 */
	shown?: readonly string[];
}

/** Limits and weights of the related-paper search. */
export interface RelatedOptions {
	/** Neighbours per paper (default 5). */
	k?: number;
	/** Shared terms listed per neighbour (default 3: the strongest say why; more only lengthen every page). */
	sharedTerms?: number;
	/** How much more a shared entity or keyphrase weighs than a word (default 2). */
	entityBoost?: number;
	/** Share of the similarity a shared word or word pair counts at (default 0.5). */
	wordWeight?: number;
	/** Heaviest terms of a paper used to look up candidates (default 48). */
	queryTerms?: number;
	/** Heaviest papers kept per term in the inverted index (default 400). */
	postingCap?: number;
	/** The papers' text features, if already collected (`collectTextFeatures`); else read here. */
	text?: TextFeatureTable;
	/**
	 * The last search's vector space, kept (`vectorizeKept`): patched where only a few papers
	 * changed, and this search's given to `keep`; `textKeys` are the papers' digests of title and
	 * abstract, where the caller has them. Used only with `text`.
	 */
	keptSpace?: { kept: KeptSpace | undefined; keep: (space: KeptSpace) => void; textKeys?: readonly string[] };
}

/** Capitals only as words' first letters, at least one: "Large Language Models", not "zero-shot RL" or "LLaMA". */
const wordInitialCapitals = (text: string) => /\p{Lu}/u.test(text) && !/[^\s-]\p{Lu}/u.test(text);

/** Related papers for every input, in input order; each list best first, scores > 0 only. */
export function findRelatedPapers(papers: readonly RelatedInput[], options: RelatedOptions = {}): Related[][] {
	return findRelatedPapersReusing(papers, undefined, options).papers.map((kept) => kept.related);
}

/**
 * `findRelatedPapers` that takes a paper's list from the last search (`kept`, what this function
 * returned then) wherever nothing it read has changed (`papersToSearch`): the same lists as a
 * search from scratch, with only the papers a change can reach searched again.
 */
export function findRelatedPapersReusing(papers: readonly RelatedInput[], kept: KeptSearch | undefined, options: RelatedOptions = {}): RelatedSearch {
	const { k = 5, sharedTerms = 3, entityBoost = 2, wordWeight = 0.5, queryTerms = 48, postingCap = 400 } = options;
	// A keyphrase that is an entity's name elsewhere ("CLIP") is that entity, so both papers share one feature.
	const entityKeys = new Map(papers.flatMap((paper) => uniqueEntities(paper.entities).map((e) => [phraseForm(e.name), e] as const)));
	// Read once per keyphrase text: the same phrases recur across papers, and each paper's own are read again for its labels.
	const features = new Map<string, { entity: { key: string; name: string } | undefined; key: string }>();
	/** A keyphrase's feature: the entity it names elsewhere, or a keyphrase of its own. */
	const keyphraseFeature = (text: string) => {
		let feature = features.get(text);
		if (!feature) {
			const form = phraseForm(text);
			const entity = entityKeys.get(form);
			features.set(text, (feature = { entity, key: entity ? ENTITY_PREFIX + entity.key : KEYPHRASE_PREFIX + form }));
		}
		return feature;
	};
	const docs: FeatureDocument[] = papers.map((paper) => ({
		title: paper.title,
		abstract: paper.abstract,
		extra: [
			...uniqueEntities(paper.entities).map((e) => ({ key: ENTITY_PREFIX + e.key, label: e.name, boost: entityBoost })),
			...(paper.keyphrases ?? []).map((text) => {
				const { key, entity } = keyphraseFeature(text);
				return { key, label: entity ? entity.name : text, boost: entityBoost };
			}),
		],
	}));
	const made = options.text && options.keptSpace ? vectorizeKept(docs, options.text, bucketedIdf, options.keptSpace.kept, options.keptSpace.textKeys) : null;
	// Ids fixed by the terms and idf read in buckets: a paper's vector, and its order of terms,
	// stay the same when another paper's abstract changes, unless a bucket moves. The kept
	// space, patched, is the same space (`kept-vector-space.ts`).
	const space = made?.space ?? vectorize(docs, options.text, { idf: bucketedIdf, stableIds: true });
	// Per term: its weight in the ranking, 1 for entities and keyphrases, `wordWeight` for words.
	const rank = Float32Array.from(space.vocabulary, (feature) => (isNamed(feature) ? 1 : wordWeight));
	// Read by idf bucket: a term's theme status then changes only with its weight, which the reuse signatures cover.
	const isCommon = (df: number) => bucketedIdf(df, papers.length) < Math.LN2;
	// A kept space keeps them too, and a patched one reads again only the terms whose label or commonness moved.
	const keptKinds = made && keptReasonKinds(space, isCommon, made.kept, options.keptSpace!.kept, made.patched);
	const reasons = keptKinds ? keptKinds.kinds : reasonKinds(space, isCommon);
	// The search's loop and the reuse checks read the postings flat.
	const postings = postingTable(space, postingCap);
	const { from: postingFrom, docs: postingDocs, weights: postingWeights } = postings;
	const spread = new SpreadVector(space.vocabulary.length, rank);
	const scores = new Float64Array(papers.length);
	// The papers a search has scored, in a buffer made once rather than an array a search: each goes in
	// once, as every weight is positive and a score touched is no longer 0.
	const touched = new Int32Array(papers.length);
	// Lower-cased text, made only for the papers whose reasons are word pairs.
	const texts: (string | undefined)[] = [];
	const textOf = (i: number) => (texts[i] ??= `${papers[i]!.title} ${papers[i]!.abstract}`.toLowerCase());
	// A shared entity or keyphrase is named as this paper writes it ("LLaMA2-7B", "large language
	// models"), not in the form most papers use, which may be another paper's title case.
	// Only the paper's own fields decide it, so a list reused in a rebuild still reads right. A
	// keyphrase capitalised only where its words begin ("Large Language Models" of a title, "Offline
	// reinforcement learning" opening a sentence) takes the form its abstract gives the words.
	const ownLabels = (self: number, abstractLower: () => string) => {
		const { entities, keyphrases, abstract } = papers[self]!;
		const own = new Map<string, string>();
		for (const e of uniqueEntities(entities)) if (!own.has(ENTITY_PREFIX + e.key)) own.set(ENTITY_PREFIX + e.key, e.name);
		for (const text of keyphrases ?? []) {
			const { key, entity } = keyphraseFeature(text);
			if (own.has(key)) continue;
			own.set(key, !entity && wordInitialCapitals(text) ? writtenForm(text.toLowerCase(), abstract, abstractLower()) : text);
		}
		return own;
	};
	// Each page's shown phrases, read when a reason is first named for the paper; one capitalised only
	// where its words begin ("In-Context Learning" of a title) in lower case, as word pairs are labelled.
	const shownOf: (Map<string, string> | undefined)[] = [];
	const shownBy = (i: number) => (shownOf[i] ??= shownPhrases((papers[i]!.shown ?? []).map((text) => (wordInitialCapitals(text) ? text.toLowerCase() : text))));
	const search = (self: number): Omit<KeptRelated, 'sig'> => {
		const vector = space.vectors[self]!;
		let count = 0;
		for (const position of heaviest(vector, queryTerms)) {
			const term = vector.terms[position]!;
			const weight = vector.weights[position]!;
			for (let p = postingFrom[term]!, end = postingFrom[term + 1]!; p < end; p++) {
				const other = postingDocs[p]!;
				if (other === self) continue;
				if (scores[other] === 0) touched[count++] = other;
				scores[other] += weight * postingWeights[p]!;
			}
		}
		// Keep the best candidates by their (possibly partial) index score, then score those exactly.
		const shortlist = topByWeight(touched.subarray(0, count), k * 4, scores);
		// The last candidate's index score: another paper must reach it to change the shortlist.
		const floor = shortlist.length === k * 4 ? scores[shortlist.at(-1)!]! : 0;
		for (let c = 0; c < count; c++) scores[touched[c]!] = 0;
		spread.hold(vector);
		const ranked = shortlist
			.map((other) => ({ other, score: spread.dot(space.vectors[other]!) }))
			.filter((c) => c.score > 0)
			.sort((a, b) => b.score - a.score || a.other - b.other);
		// Reasons are read best first and only until k neighbours have one: most of the
		// shortlist is never shown.
		const related: Related[] = [];
		let abstractLower: string | undefined;
		const lowerAbstract = () => (abstractLower ??= papers[self]!.abstract.toLowerCase());
		let own: Map<string, string> | undefined;
		let acronyms: Map<string, string[]> | undefined;
		for (const { other, score } of ranked) {
			if (related.length === k) break;
			const bothSay = (phrase: string) => textOf(self).includes(phrase.toLowerCase()) && textOf(other).includes(phrase.toLowerCase());
			// "species belonging" of "species belonging to the subgenus" opens a clause in both texts, "generalized linear" is cut from a phrase (`no-phrase-pairs.ts`).
			const noPhrase = (pair: string) => readsAsNoPhrase(pair, [textOf(self), textOf(other)]);
			const labels = sharedLabels(vector, space.vectors[other], space, reasons, sharedTerms, bothSay, (own ??= ownLabels(self, lowerAbstract)), (acronyms ??= definedAcronymStems(papers[self]!.abstract)), noPhrase, { mine: shownBy(self), theirs: shownBy(other) });
			// "time-of-flight mass" read out to the "time-of-flight mass spectrometry" both write (`whole-shared-phrases.ts`),
			// unless both pages show it as it is ("in-context learning", not "in-context learning capabilities").
			// Read out, a pair may open with the unit of a dose both give ("twice daily" to "mg twice daily"): a measure, not a subject
			// (`opensWithUnit`); an acronym both write only before a number ("sHR 1.76") is a statistic they report (`labelsOnlyValues`),
			// as is a statistic's acronym however written ("AUROC curves", `statistic-acronyms.ts`).
			const texts = [textOf(self), textOf(other)];
			const shownByBoth = (label: string) => shownBy(self).has(shownKey(label)) && shownBy(other).has(shownKey(label));
			const shared = wholeReasons(labels, texts, shownByBoth).filter((label) => !opensWithUnit(label) && !namesStatistic(label) && !labelsOnlyValues(label, texts));
			// A paper sharing only single words ("power", "neural") is not related.
			if (shared.length === 0) continue;
			// Word pairs are labelled in lower case; this paper's abstract, else its title, gives a proper noun its capitals.
			const written = shared.map((label) => paperForm(label, papers[self]!, lowerAbstract()));
			// Two decimals: enough to read, and one changed abstract elsewhere no longer
			// rewrites hundreds of pages over a fourth-decimal drift in the weights.
			related.push({ id: papers[other].id, score: Math.round(score * 100) / 100, shared: written });
		}
		return { related, shortlist, floor };
	};
	// A kept space knows the digests of the vectors it did not change; this search's go with it.
	const digests = vectorDigests(space, made?.kept.digests);
	if (made) options.keptSpace!.keep({ ...made.kept, digests, kinds: keptKinds ? keptKinds.byTerm : undefined });
	const sigs = paperSignatures(papers, space, { textKeys: options.keptSpace?.textKeys, vectors: digests });
	const capped = cappedPostings(space, postings, postingCap);
	const searchAgain = papersToSearch(space, postings, { sigs, kept, capped, queryTerms, postingCap });
	return { papers: sigs.map((sig, self) => (searchAgain[self] ? { sig, ...search(self) } : kept!.papers[self]!)), capped };
}

/** Ratio of document frequencies one idf bucket spans. */
const DF_BUCKET = 1.25;

/**
 * `ln((N + 1) / df)` with df read as the start of its bucket (a power of `DF_BUCKET`, never more
 * than df, so the idf stays positive): a paper's change moves a term's weight only when it
 * moves the term's count into another bucket, so most changes leave every other paper's vector
 * as it was.
 *
 * @example bucketedIdf(203, 9999) === bucketedIdf(204, 9999) // true: the same bucket
 */
export function bucketedIdf(df: number, n: number): number {
	const bucket = Math.floor(Math.log(df) / Math.log(DF_BUCKET));
	return Math.log((n + 1) / DF_BUCKET ** bucket);
}

function uniqueEntities(entities: RelatedInput['entities']): { key: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const entity of entities ?? []) if (!seen.has(entity.key)) seen.set(entity.key, entity.name);
	return [...seen].map(([key, name]) => ({ key, name }));
}
