/**
 * What an amount of an error, an accuracy or a cost measures, when the clause lists several after one
 * measure noun: "*Root-mean-square errors* were 0.8 mm for …, 0.5 mm for …, and 1.7° for …", "*Dynamic
 * measurement precision* was better than 0.130mm for the scapula and 0.095mm for the humerus", "with
 * *standard deviations* less than ±0.12 mm and ±0.12 deg". Validation studies name the measure once and
 * list its amounts by part or direction (`error-amounts.ts` finds them); every amount of the list is
 * of that noun phrase, the nearest measure noun before it in its sentence and clause. A device's resolution or depth of
 * focus (`performance-amounts.ts`) is read the same way: "a depth of focus of 950 μm".
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Heads of an error, an accuracy or a cost measure. */
const MEASURE_HEAD = /^(?:errors?|inaccurac(?:y|ies)|accurac(?:y|ies)|precision|repeatability|reproducibility|bias(?:es)?|differences?|deviations?|discrepanc(?:y|ies)|RMSEs?|uncertaint(?:y|ies)|resolutions?|depth|latenc(?:y|ies)|times?|sizes?|consumption|footprint|usage|overheads?)$/i;
/** The units such an amount is in: the reader stays off every other claim. */
const ERROR_UNIT = /^(?:\d+(?:\.\d+)?)?(?:[nµμmc]m|°|deg(?:rees?)?|[mµμn]?s|[mkM]?J|[kKMGT]B|px|pixels?)$/;
/** An amount with a length or an angle glued after its last digit, as the tagger splits it: "75μm", "0.8mm". */
const GLUED_UNIT = /\d(?:[nµμmc]m|°|deg(?:rees?)?)$/;
/** How far back, in tokens, the measure noun may stand. */
const REACH = 60;

/**
 * The noun phrase of the nearest measure noun before the amount at `[start, end)` in its clause, or null.
 *
 * @example const text = 'Errors were 0.8 mm for depth and 1.7° for tilt.';
 * errorMeasure(analyzeText(text).tokens, 33, 37) // → { start: 0, end: 6 } ("Errors")
 */
export const errorMeasure: MeasureReader = (tokens: readonly Token[], start: number, end: number) => {
	const last = tokens.findLast((t) => t.end <= end && t.start >= start);
	// The tagger may split a glued unit and keep the stop with it ("75μm." as "75", "μ", "m."): read the tokens' text joined.
	const glued = tokens.filter((t) => t.end > start && t.start < end).map((t) => t.text).join('').replace(/\.$/, '');
	if (!(last && ERROR_UNIT.test(last.text)) && !GLUED_UNIT.test(glued)) return null;
	const first = tokens.findIndex((t) => t.end > start);
	for (let k = first - 1; k >= 0 && first - k <= REACH; k--) {
		const t = tokens[k]!;
		if (/^[.;:]$/.test(t.text)) return null;
		if (MEASURE_HEAD.test(t.text) && t.pos === 'NOUN') {
			const run = runBack(tokens, k);
			return run ? { start: run.start, end: run.end } : null;
		}
	}
	return null;
};
