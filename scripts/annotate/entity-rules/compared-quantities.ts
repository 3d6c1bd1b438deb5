/**
 * A ratio, index or score the study compares between its conditions is an outcome it measures, not
 * a method it uses: "lower delta-to-theta ratio (DTR) and theta-to-beta ratio (TBR)", "increased
 * alpha-to-theta (ATR) and alpha-to-beta (ABR) ratios", "analyzed to determine the concentration
 * index (CI) … a higher CI with rectilinear shapes". Physiology, psychology and the indoor-environment
 * sciences abbreviate their outcome measures so, and the acronym rules read a lower-case long form
 * headed by "ratio" or "index" as a named technique (as remote sensing's "normalized burn ratio (NBR)"
 * is one).
 *
 * Two things give the outcome away. A ratio of one quantity to another ("alpha-to-beta ratio") is a
 * quantity, never a procedure. And a measure the text writes after a word of comparison or change
 * ("higher", "lower", "increased", "decreased", "elevated", "reduced") is a value that went up or down
 * between conditions: a technique does not. Either holds of the acronym or of its long form.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { NameFilter } from './entity-rule.ts';
import { isTitleCase } from './named-acronyms.ts';
import { allMatches } from '../all-matches.ts';

// A measure's head, in the long form or right after its bracket ("alpha-to-beta (ABR) ratios").
const MEASURE_HEAD = /(?:^|\s)(?:ratios?|index|indices|indexes|scores?)$/i;
const HEAD_AFTER = /^\s*(?:ratios?|index|indices|scores?)\b/i;
// "alpha-to-theta", "delta- to-theta ratio": one quantity set against another.
// The acronym reader may keep only "to-beta ratio" of "theta-to-beta ratio (TBR)", or none of
// "alpha-to-theta (ATR) and alpha-to-beta (ABR) ratios": the text itself is read too.
const QUANTITY_TO_QUANTITY = /(?:^|[\s-])to-[a-z]+\s+ratios?$/i;
// "alpha-to-theta (ATR) and alpha-to-beta (ABR) ratios": the ratio noun may close the coordinated phrase;
// without it, "video-to-script (V2S)" and "text-to-speech (TTS)" name tasks, not quantities.
const WRITTEN_TO_QUANTITY = /\b[a-z]+-\s?to-[a-z]+(?:\s+ratios?)?\s+\(([A-Z][A-Za-z]{1,6})\)(?=\s+ratios?\b|[^.;]{0,40}?\)\s+ratios?\b)|\b[a-z]+-\s?to-[a-z]+\s+ratios?\s+\(([A-Z][A-Za-z]{1,6})\)/g;
// A word of comparison or change just before the measure, with an article or one more such word between.
const COMPARED = String.raw`\b(?:higher|lower|greater|smaller|larger|increased|decreased|elevated|reduced|raised|diminished)\s+(?:(?:a|an|the|and|or)\s+)?`;

/** The acronyms `abstract` defines for a measure: a ratio of two quantities, or one it compares between conditions. */
export function comparedQuantities(abstract: string, acronyms: readonly Acronym[]): Set<string> {
	const found = new Set<string>();
	if (abstract.includes('to-')) for (const m of allMatches(abstract, WRITTEN_TO_QUANTITY)) found.add((m[1] ?? m[2])!);
	for (const a of acronyms) {
		const long = a.long.trim();
		const headed = MEASURE_HEAD.test(long) || HEAD_AFTER.test(abstract.slice(a.span.end));
		if (!headed) continue;
		if (isTitleCase(long)) continue; // "Attentional Function Index (AFI)": a named instrument
		if (QUANTITY_TO_QUANTITY.test(long)) {
			found.add(a.short);
			continue;
		}
		const written = new RegExp(String.raw`${COMPARED}(?:${escapeRegExp(long)}|${escapeRegExp(a.short)})(?![\w-])`, 'i');
		if (written.test(abstract)) found.add(a.short);
	}
	return found;
}

// The filter asks once per candidate name: the last abstract's measures are kept.
let lastAbstract: string | undefined;
let lastMeasures = new Set<string>();

/** Drops the acronyms of measures the study compares between its conditions. */
export const comparedQuantityNames: NameFilter = {
	name: 'compared quantities',
	rejects({ name, forms }, { abstract, acronyms }) {
		if (!abstract.includes('(')) return false;
		if (abstract !== lastAbstract) [lastAbstract, lastMeasures] = [abstract, comparedQuantities(abstract, acronyms)];
		const measures = lastMeasures;
		return measures.has(name) || [...forms].some((form) => measures.has(form));
	},
};
