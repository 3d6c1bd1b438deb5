/**
 * A disease, a disorder or a measured trait names what a study is about, not a method, model,
 * algorithm or dataset it works with. Medicine, epidemiology and physiology define them with an
 * acronym in title case ("Sleep Breathing Disorders (SBDs)", "Chronic Kidney Disease (CKD)") and then
 * write the acronym in the very sentences that say what the paper does ("we develop a CKD detection
 * algorithm"), where the acronym rules and the rules for introduced names would take it. A signal
 * feature a method reads ("Power Spectrum (PS)", "Heart Rate Variability (HRV)") is a
 * quantity measured, likewise.
 *
 * The long form says which: its head noun (the last word) is a noun of a condition ("disease",
 * "disorder", "syndrome", "fibrillation", "failure", …, or one of medicine's suffixes of a
 * condition, "-itis", "-osis", "-emia", "-pathy"), or of a measured quantity of a signal
 * ("spectrum", "variability"). The name itself counts as a long form ("Alzheimer's Disease"), and so does
 * a long form with the head written after its bracket ("Motoric Cognitive Risk (MCR) syndrome").
 * A long form headed by a kind of work ("Disease Prediction Model", "Heart Disease Dataset")
 * names a work, and its head says so; so does an apposition that calls the defined name a work
 * ("We introduce Deep Neural Lesion (DNL), a data-free … method").
 */
import { kindStatedAt } from './apposed-kind.ts';
import type { NameFilter } from './entity-rule.ts';

/** Head nouns of a condition a study is about (singular and plural). */
const CONDITION_HEAD =
	/^(?:diseases?|disorders?|syndromes?|fibrillations?|flutters?|arrhythmias?|infections?|failures?|injur(?:y|ies)|cancers?|carcinomas?|tumou?rs?|strokes?|hypertension|diabetes|deficienc(?:y|ies)|insufficienc(?:y|ies)|dementias?|infarctions?|ischa?emias?|stenos[ie]s|apno?eas?|sclerosis|lesions?|palsy)$/i;
/** Medicine's suffixes of a condition: "arthritis", "thrombosis", "anaemia", "cardiomyopathy"; not "diagnosis", "prognosis" or "academia". */
const CONDITION_SUFFIX = /^[a-z]{3,}(?:itis|(?<!gn)osis|(?<!acad)a?emias?|path(?:y|ies))$/i;
/** Head nouns of a quantity measured on a signal. */
const MEASURE_HEAD = /^(?:spectrum|spectra|variability)$/i;

/**
 * Whether a long form (or a name) is headed by a noun of a condition or of a measured quantity.
 *
 * @example isStudiedCondition('Ventricular Fibrillation') // true
 * @example isStudiedCondition('Sleep Breathing Disorders') // true
 * @example isStudiedCondition('Disease Prediction Model') // false
 */
export function isStudiedCondition(longForm: string): boolean {
	const words = longForm.trim().split(/[\s-]+/);
	const head = words.at(-1) ?? '';
	// One word alone is read by its suffix only: "Flutter" and "Stroke" also name software and strokes of a pen.
	if (words.length < 2) return CONDITION_SUFFIX.test(head);
	return CONDITION_HEAD.test(head) || CONDITION_SUFFIX.test(head) || MEASURE_HEAD.test(head);
}

/** Drops a name whose long form, or which itself, is a condition studied or a quantity measured. */
export const studiedConditions: NameFilter = {
	name: 'studied conditions',
	rejects: (candidate, { acronyms, abstract }) => {
		const defined = acronyms.filter((a) => a.short === candidate.name || a.long === candidate.name);
		if (defined.some((a) => kindStatedAt(abstract, a.span.end))) return false;
		// "Motoric Cognitive Risk (MCR) syndrome": the head the long form leaves out stands right after the bracket.
		const longForms = acronyms.filter((a) => a.short === candidate.name).flatMap((a) => [a.long, `${a.long} ${/^\s+([A-Za-z]+)/.exec(abstract.slice(a.span.end))?.[1] ?? ''}`]);
		return [candidate.name, ...longForms].some(isStudiedCondition) || [...candidate.forms].some((form) => form !== candidate.name && form.includes(' ') && isStudiedCondition(form));
	},
};
