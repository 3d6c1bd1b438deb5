/**
 * Acronyms of the statistics studies in every field report: how well a test or a model tells
 * cases apart ("AUROC", "AUC"), how sure an estimate is ("CI", "SD"), how two groups compare ("OR",
 * "HR"), how far a prediction falls ("RMSE"). Two papers that both report one share a way of
 * measuring, not a subject: on round 41's liver list two cohort studies were related by "AUROC", as
 * two machine-learning papers would be by "AUC". `labelsOnlyValues` (`value-labels.ts`) reads such a
 * name by the numbers after it, which misses one written once before another word ("AUROC
 * curves"); this is knowledge of statistics, not of a field. A statistic written out ("hazard
 * ratio", "confidence intervals") is research prose already (`generic-reasons.ts`).
 */

/** Statistic acronyms, upper-cased; a plural "s" is folded below. */
const STATISTICS = new Set(
	`AUC AUROC AUPRC AUPR ROC PRC CI SD SE SEM IQR OR AOR HR AHR SHR RR ARR RRR NNT PPV NPV MAE MSE RMSE MAPE SMD WMD ICC`.split(/\s+/),
);

/**
 * Whether a reason is only the acronym of a statistic, as written (one token, capitals at least
 * past its first letter: "or" in lower case is a word).
 *
 * @example namesStatistic('AUROC') // true
 * @example namesStatistic('AUCs') // true
 * @example namesStatistic('MELD') // false: a score of one disease, a subject of its papers
 * @example namesStatistic('or') // false
 */
export function namesStatistic(label: string): boolean {
	if (!/^\p{Lu}{2}/u.test(label) && !/^s\p{Lu}/u.test(label)) return false;
	const upper = label.toUpperCase();
	return STATISTICS.has(upper) || (upper.endsWith('S') && STATISTICS.has(upper.slice(0, -1)));
}
