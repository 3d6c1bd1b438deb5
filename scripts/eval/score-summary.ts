/**
 * Sentence roles of one paper: is each sentence of the abstract in the part of the summary
 * (problem / approach / results) a reader puts it in? A gold snippet picks out its sentence: the
 * predicted sentence that contains it (case and whitespace aside) is scored, right when it sits in
 * the snippet's part. A snippet no predicted sentence contains counts as wrong.
 */
import { SUMMARY_PARTS, type GoldSummary, type SummaryPart } from './gold.ts';
import { normalise } from './match.ts';

/** The record's summary as the evaluation reads it: sentence texts by part. */
export type PredictedSummary = Record<SummaryPart, readonly { text: string }[]>;

/** Counts of one paper's role labels, per gold part. */
export interface SummaryScore {
	/** Gold-labelled sentences of each part. */
	labelled: Record<SummaryPart, number>;
	/** Of those, the ones predicted in the same part. */
	right: Record<SummaryPart, number>;
	/** Each sentence in another part: `"snippet" problem → results` (gold → predicted, or "none"). */
	wrong: string[];
}

const zero = (): Record<SummaryPart, number> => ({ problem: 0, approach: 0, results: 0 });

/**
 * Scores the predicted parts against the gold roles.
 *
 * @example scoreSummary({ problem: [{ text: 'Data is scarce.' }], approach: [], results: [] }, { problem: ['data is scarce'], approach: [], results: [] }).right.problem // 1
 */
export function scoreSummary(predicted: PredictedSummary | undefined, gold: GoldSummary): SummaryScore {
	const score: SummaryScore = { labelled: zero(), right: zero(), wrong: [] };
	const sentences = SUMMARY_PARTS.flatMap((part) => (predicted?.[part] ?? []).map((s) => ({ part, form: normalise(s.text) })));
	for (const part of SUMMARY_PARTS) {
		for (const snippet of gold[part]) {
			score.labelled[part]++;
			const form = normalise(snippet);
			const found = sentences.find((s) => s.form.includes(form));
			if (found?.part === part) score.right[part]++;
			else score.wrong.push(`"${snippet}" ${part} → ${found?.part ?? 'none'}`);
		}
	}
	return score;
}
