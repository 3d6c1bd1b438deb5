/**
 * A metric written with an at-sign and its cut-off, proposed by the authors: "We further propose
 * Hit@k, a metric that counts …", "we define Solve@N as …". Retrieval and code-generation papers
 * name the metrics they coin so, after Recall@k and pass@k; the at-sign keeps the other name rules
 * from reading the word as a name at all.
 *
 * Only the object right after the contribution verb: a metric of the field the paper reports with
 * ("reaching 40% Pass@1") is no name of the paper's. The same stem at a cut-off in a result ("31%
 * Hit@5") is the result's measure, not a mention that would make the metric a subject of the claim.
 */
import { hit, type NameRule } from './name-rule.ts';

/** "Hit@k", "nDCG@10" opening the object, the article or "a new" allowed before it. */
const PROPOSED_AT_METRIC = /^\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?[A-Za-z][A-Za-z-]*@(?:[a-zA-Z]|\d+)(?![\w@])/;

/** An at-sign metric right after a contribution verb of the authors. */
export const atKMetrics: Extract<NameRule, { scope: 'object' }> = {
	name: 'at-k metrics',
	scope: 'object',
	find({ text }, { isKnown }) {
		const m = PROPOSED_AT_METRIC.exec(text);
		if (!m) return [];
		const name = m[0].trim().split(/\s+/).pop()!;
		return isKnown(name) ? [] : [hit(name)];
	},
};
