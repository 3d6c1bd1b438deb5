/**
 * Quantitative claims: each number that states a result (`claims/claim-values.ts`), with its
 * sentence and whom it is about (`claims/claim-subjects.ts`): the entities of its own clause,
 * the name bracketed after it, its partner in a "respectively" list, or the paper's own method
 * when the sentence calls it "it", "we" or "our method" (in a study that introduces nothing, what it
 * evaluates: `claims/studied-entity.ts`; in one that evaluates nothing by name either, the one system it applied, for its
 * accuracy figures: `claims/applied-system.ts`), or what the sentence before was about when
 * it names nothing and speaks of "those numbers" (`claims/earlier-results.ts`); and what it measures
 * when the sentence names it (`claims/claim-measure.ts`), or a list of as many measures pairs with the
 * list of values by position (`claims/paired-measures.ts`).
 */
import { abstractSpans, type Claim, type Entity, type Span } from '../../../src/shared/paper-schema.ts';
import { claimMeasure } from '../claims/claim-measure.ts';
import { claimSubjects } from '../claims/claim-subjects.ts';
import { findClaimValuesOfTexts } from '../claims/claim-values.ts';
import type { ClaimValue } from '../claims/claim-value.ts';
import { appliedSystem } from '../claims/applied-system.ts';
import { speaksOfEarlierResults } from '../claims/earlier-results.ts';
import { studiedEntities } from '../claims/studied-entity.ts';
import { pairedMeasures } from '../claims/paired-measures.ts';
import { analyzeText, type Token } from '../sentences.ts';
import { publisherLines } from './publisher-line.ts';
import type { TextRule } from './text-rule.ts';
import { allMatches } from '../all-matches.ts';

/** The `claims` text rule: numbers stating results, tied to the entities they are about. */
export const claimsRule: TextRule<'claims', 'entities'> = {
	field: 'claims',
	needs: ['entities'],
	annotate: ({ abstract, sentences }, { entities }) => extractClaims(abstract, sentences, entities),
	// The value finders over every sentence of the group in turn, as `annotateTexts` runs the text rules.
	annotateAll: (inputs, earlier) => extractClaimsOfPapers(inputs.map(({ abstract, sentences }, i) => ({ abstract, sentences, entities: earlier[i]!.entities }))),
};

/** Extracts the quantitative claims of an abstract. */
export function extractClaims(abstract: string, sentences: Span[], entities: Entity[]): Claim[] {
	return extractClaimsOfPapers([{ abstract, sentences, entities }])[0]!;
}

/** What `extractClaimsOfPapers` reads of one paper. */
export interface ClaimInput {
	abstract: string;
	sentences: Span[];
	entities: Entity[];
}

/**
 * `extractClaims` of each paper, in order, with the same claims: the values of every paper's sentences
 * are found together (`findClaimValuesOfTexts`), then each paper's claims are made of them.
 */
export function extractClaimsOfPapers(papers: readonly ClaimInput[]): Claim[][] {
	// "Creative Commons Attribution 3.0": no number of a publisher's line is a result (`publisher-line.ts`).
	const read = papers.map(({ sentences }) => {
		const publisher = publisherLines(sentences);
		return sentences.filter((_, k) => !publisher[k]);
	});
	const values = findClaimValuesOfTexts(read.flat().map((sentence) => sentence.text));
	let next = 0;
	return papers.map((paper, p) => claimsOf(paper, read[p]!.map((sentence) => ({ sentence, values: values[next++]! }))));
}

/** The claims of one paper, from the values found in each of its sentences that may hold results. */
function claimsOf({ abstract, sentences, entities }: ClaimInput, read: readonly { sentence: Span; values: ClaimValue[] }[]): Claim[] {
	const urls = allMatches(abstract, /https?:\/\/\S+/g).map((m) => [m.index, m.index + m[0].length] as const);
	// Numbers inside entity names ("GPT-4o", "TD3") are names, not results.
	const named = entities.flatMap(abstractSpans);
	const outside = (start: number, end: number) =>
		!urls.some(([s, e]) => start < e && s < end) && !named.some((s) => start < s.end && s.start < end);
	const claims: Claim[] = [];
	// The abstract's tokens, from the analysis the sentence split already cached.
	let tokens: Token[] | undefined;
	// What a study that introduces nothing evaluates, read once the abstract has a claim.
	let studied: string[] | undefined;
	// Whom the claims of the last sentence with claims were about, for "those numbers" in the next.
	let earlier: string[] = [];
	for (const { sentence, values: found } of read) {
		const values = found
			.map((v) => ({ start: v.index, end: v.index + v.text.length, text: v.text }))
			.filter((v) => outside(sentence.start + v.start, sentence.start + v.end));
		if (values.length === 0) continue;
		studied ??= studiedEntities(sentences, entities);
		// "We applied Random Forest … The overall accuracy was 86.8%.": a study evaluating nothing by name stands in with the
		// one system it applied, for a sentence of its accuracy (`applied-system.ts`).
		let about = claimSubjects(sentence, values, entities, studied.length > 0 ? studied : appliedSystem(sentences, entities, sentence));
		if (earlier.length > 0 && about.every((refs) => refs.length === 0) && speaksOfEarlierResults(sentence.text)) about = about.map(() => earlier);
		earlier = [...new Set(about.flat())];
		tokens ??= analyzeText(abstract).tokens;
		// "sensitivity and specificity were 86% and 94%": measures listed with as many values pair by position,
		// unless a listed word is a name (who scored, not what was measured).
		const paired = pairedMeasures(sentence.text, values);
		const measures = values.map((v, i) => {
			const item = paired.get(i);
			if (item && outside(sentence.start + item.start, sentence.start + item.end)) return span(abstract, sentence.start + item.start, sentence.start + item.end);
			return claimMeasure(tokens!, sentence.start + v.start, sentence.start + v.end, abstract);
		});
		values.forEach((v, i) => {
			const start = sentence.start + v.start;
			const measure = measures[i] ?? sharedMeasure(sentence.text, values, measures, i);
			claims.push({ value: { start, end: start + v.text.length, text: v.text }, sentence, about: about[i]!, measure });
		});
	}
	return claims;
}

// Only commas, "and"/"or" and a bracketed name between two numbers: they are one list; so are two
// numbers set in parallel, each with its place ("an FID of 2.04 on ImageNet-256 and 2.35 on …").
const LIST_GAP = /^(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$|^\s(?:on|for|in|at)\s[^\s,;.()]+(?:\s[^\s,;.()]+)?\s?,?\s(?:and|or)\s$/;

/**
 * Numbers listed together share what they measure: "~1732 (PPO), ~1840 (DQN) and ~2300",
 * "12.1times and 16.9times faster speed". The nearest listed neighbour with a measure lends it.
 */
function sharedMeasure(text: string, values: readonly { start: number; end: number }[], measures: readonly (Span | null)[], i: number): Span | null {
	const listed = (a: number, b: number) => LIST_GAP.test(text.slice(values[a]!.end, values[b]!.start));
	for (let k = i - 1; k >= 0 && listed(k, k + 1); k--) if (measures[k]) return measures[k]!;
	for (let k = i + 1; k < values.length && listed(k - 1, k); k++) if (measures[k]) return measures[k]!;
	return null;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
