/**
 * Assigns taxonomy topics to one paper by scoring the taxonomy's match rules
 * against its title and abstract. Pure: same paper and taxonomy, same answer.
 */
import type { Taxonomy, TaxonomyTerm, TaxonomyTopic } from '../taxonomy.ts';
import { termGateOf, TermHits } from './term-hits.ts';

/** A taxonomy topic that applies to a paper, with its score and the terms that matched. */
export interface TopicScore {
	id: string;
	score: number;
	/** The taxonomy terms (as written in the file) that matched, strongest first. */
	matched: string[];
}

interface TextParts {
	title: string;
	abstract: string;
}

/** A paper's title and abstract, each counting term matches once (`TermHits`). */
interface PaperHits {
	title: TermHits;
	abstract: TermHits;
}

const occurs = (term: TaxonomyTerm, hits: PaperHits) => hits.title.count(term) > 0 || hits.abstract.count(term) > 0;

/**
 * Scores one topic: 0 when a `not` term occurs, an `all` term is missing or no `requires` term occurs; otherwise the
 * sum over `any` terms of `weight × (titleWeight·[in title] + abstractWeight·min(hits, cap))`.
 * `hits` counts the paper's matches; the topics of one paper share it, so a term is scanned once.
 */
export function scoreTopic(
	paper: TextParts,
	topic: TaxonomyTopic,
	maxHitsPerTerm: number,
	hits: PaperHits = { title: new TermHits(paper.title), abstract: new TermHits(paper.abstract) },
): { score: number; matched: string[] } {
	if (topic.not.some((term) => occurs(term, hits))) return { score: 0, matched: [] };
	if (!topic.all.every((term) => occurs(term, hits))) return { score: 0, matched: [] };
	if (topic.requires.length > 0 && !topic.requires.some((term) => occurs(term, hits))) return { score: 0, matched: [] };
	const contributions: { source: string; value: number }[] = [];
	for (const term of topic.any) {
		const inTitle = hits.title.count(term) > 0 ? topic.titleWeight : 0;
		const inAbstract = Math.min(hits.abstract.count(term), maxHitsPerTerm) * topic.abstractWeight;
		const value = term.weight * (inTitle + inAbstract);
		if (value > 0) contributions.push({ source: term.source, value });
	}
	contributions.sort((a, b) => b.value - a.value || a.source.localeCompare(b.source));
	const score = contributions.reduce((sum, c) => sum + c.value, 0);
	return { score: Math.round(score * 100) / 100, matched: contributions.map((c) => c.source) };
}

/**
 * Whether a topic's matched terms are more than one word in passing: two terms or more, or one the paper
 * says in its title or more than once. One mention in an abstract ("summarization", "image classification",
 * "policy gradient") is a word the paper uses, not its subject: on a listing of AI-ethics papers the bundled
 * taxonomy filed a review of explainable RL under "RL for language generation" for one "summarization".
 */
function enoughEvidence(topic: TaxonomyTopic, matched: readonly string[], hits: PaperHits): boolean {
	if (matched.length !== 1) return matched.length > 1;
	const term = topic.any.find((t) => t.source === matched[0]);
	return term !== undefined && (hits.title.count(term) > 0 || hits.abstract.count(term) > 1);
}

/**
 * The taxonomy topics of a paper: those scoring at least their `minScore` and at least
 * `relativeCutoff` × the best score, on enough evidence (`enoughEvidence`), best first (ties in
 * taxonomy order), at most `maxTopics`. Empty when no rule matches — the caller then derives a topic.
 */
export function assignTopics(paper: TextParts, taxonomy: Taxonomy): TopicScore[] {
	const gate = termGateOf(taxonomy);
	const hits = { title: new TermHits(paper.title, gate), abstract: new TermHits(paper.abstract, gate) };
	const scored = taxonomy.topics
		.map((topic, order) => ({ topic, order, ...scoreTopic(paper, topic, taxonomy.maxHitsPerTerm, hits) }))
		.filter((s) => s.score > 0 && s.score >= s.topic.minScore && enoughEvidence(s.topic, s.matched, hits));
	if (scored.length === 0) return [];
	scored.sort((a, b) => b.score - a.score || a.order - b.order);
	const floor = scored[0].score * taxonomy.relativeCutoff;
	return scored
		.filter((s) => s.score >= floor)
		.slice(0, taxonomy.maxTopics)
		.map((s) => ({ id: s.topic.id, score: s.score, matched: s.matched }));
}
