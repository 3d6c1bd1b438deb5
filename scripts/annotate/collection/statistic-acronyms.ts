/**
 * Acronyms of the statistics studies in every field report: how well a test or a model tells
 * cases apart ("AUROC", "AUC"), how spread a sample is ("IQR"), how two groups compare ("aOR",
 * "SMD"), how far a prediction falls ("RMSE"). Two papers that both report one share a way of
 * measuring, not a subject: on round 41's liver list two cohort studies were related by "AUROC", as
 * two machine-learning papers would be by "AUC". `labelsOnlyValues` (`value-labels.ts`) reads such a
 * name by the numbers after it, which misses one written once before another word ("AUROC
 * curves"); this is knowledge of statistics, not of a field. A statistic written out ("hazard
 * ratio", "confidence intervals") is research prose already (`generic-reasons.ts`).
 */

/**
 * Statistic acronyms that name nothing else, upper-cased; a plural "s" is folded below. Not those that
 * also name a subject in some field: "SEM" (scanning electron microscopy), "HR" (heart rate), "CI"
 * (cochlear implant), "OR" (operating room), "SD" (Sprague-Dawley rats), "PRC" (China).
 */
const STATISTICS = new Set(`AUC AUROC AUPRC AUPR ROC IQR AOR AHR ARR RRR NNT RMSE MSE MAPE SMD WMD`.split(' '));

/**
 * Whether a reason is only the acronym of a statistic, as written (one token, a capital as its second
 * letter: "aOR", "AUC"; "or" in lower case is a word).
 *
 * @example namesStatistic('AUROC') // true
 * @example namesStatistic('AUCs') // true
 * @example namesStatistic('MELD') // false: a score of one disease, a subject of its papers
 * @example namesStatistic('or') // false
 */
export function namesStatistic(label: string): boolean {
	if (!/^\p{L}\p{Lu}/u.test(label)) return false;
	const upper = label.toUpperCase();
	return STATISTICS.has(upper) || (upper.endsWith('S') && STATISTICS.has(upper.slice(0, -1)));
}
