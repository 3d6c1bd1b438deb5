import { allMatches } from '../all-matches.ts';
/**
 * Measures listed together with as many values, paired by position: "the sensitivity and specificity
 * were 86% and 94%", "an overall accuracy, sensitivity, and specificity of 99.44%, 98.76%, and 99.81%,
 * respectively", "an average latency and energy consumption of 3.52 ms and 10.76 mJ". Medicine,
 * engineering and computing report two or three measures of one test in one breath; read by the noun
 * phrase nearest each number, every value took the last measure ("specificity" for all three).
 */

/** A value's place in its sentence, `[start, end)`. */
interface Range {
	start: number;
	end: number;
}

// Only a bracket (a confidence interval), commas and "and" between two values of one list.
const LIST_GAP = /^(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|and\s+)$/;
// A measure of one to three words (no digits, no brackets); "respectively" is none ("methods with, respectively, a recovery
// of 78% and 85%" lists one measure for both values).
const ITEM = String.raw`(?<![\w'’-])(?!respectively\b)[A-Za-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,2}`;
/**
 * The list of measures and what ties it to the values: "of", a copula, "reached", "yielded"; what they
 * are of may stand between ("sensitivity and specificity of smartwatch ECG in algorithmic readings were").
 */
const LISTED = new RegExp(
	String.raw`(${ITEM}(?:\s?,\s(?:and\s)?${ITEM}|\sand\s${ITEM})+)(?:\s(?:of|in|for|on)\s[^,;:()]{1,60}?)?\s(?:of|were|was|are|is|reached|achieved|yielded|showed)\s(?:respectively\s)?$`,
);
// Words before the first measure that are none of it.
const LEADING = /^(?:(?:the|a|an|its|their|our|has|have|had|with|yielding|showing|and)\s)+/i;
const SEPARATOR = /\s?,\s(?:and\s)?|\sand\s/g;
// A measure's head is a common noun or a short metric symbol ("AUC", "F1"); "ResNet and ViT reached 76% and
// 81%" lists who scored, not what was measured.
const MEASURE_HEAD = /(?:^|\s)(?:[a-z][\w'’-]*|[A-Z][A-Z0-9@]{1,5})$/;

/**
 * The measure of each value of `values` (offsets in `text`) that a list of as many measures before the
 * list of values names, by position; values in no such list are absent from the map.
 *
 * @example pairedMeasures('The sensitivity and specificity were 86% and 94%.', [{ start: 37, end: 40 }, { start: 45, end: 48 }])
 * // → Map { 0 → sensitivity, 1 → specificity }
 */
export function pairedMeasures(text: string, values: readonly Range[]): Map<number, Range> {
	const paired = new Map<number, Range>();
	for (let first = 0; first < values.length; ) {
		let last = first;
		while (last + 1 < values.length && LIST_GAP.test(text.slice(values[last]!.end, values[last + 1]!.start))) last++;
		const count = last - first + 1;
		if (count >= 2) pairGroup(text, values, first, count, paired);
		first = last + 1;
	}
	return paired;
}

/** Pairs the `count` values from `first` with the measures listed right before them, when as many. */
function pairGroup(text: string, values: readonly Range[], first: number, count: number, paired: Map<number, Range>): void {
	const at = values[first]!.start;
	const before = text.slice(Math.max(0, at - 160), at);
	const m = LISTED.exec(before);
	if (!m) return;
	const listAt = at - before.length + m.index;
	const list = m[1]!;
	const items: Range[] = [];
	let from = 0;
	for (const sep of allMatches(list, SEPARATOR)) {
		items.push({ start: listAt + from, end: listAt + sep.index });
		from = sep.index + sep[0].length;
	}
	items.push({ start: listAt + from, end: listAt + list.length });
	// "In manual readings, the sensitivity and specificity reached …": the measures nearest the tie are the list.
	if (items.length < count) return;
	const kept = items.slice(items.length - count);
	const lead = LEADING.exec(text.slice(kept[0]!.start, kept[0]!.end))?.[0].length ?? 0;
	kept[0] = { start: kept[0]!.start + lead, end: kept[0]!.end };
	if (kept[0].start >= kept[0].end || !kept.every((item) => MEASURE_HEAD.test(text.slice(item.start, item.end)))) return;
	// "For defect localization, the proposed method achieved …": a list closes with "and"; a comma alone sets a fronted phrase
	// before the subject.
	if (!/\band\s+$/.test(text.slice(kept.at(-2)!.end, kept.at(-1)!.start))) return;
	kept.forEach((item, k) => paired.set(first + k, item));
}
