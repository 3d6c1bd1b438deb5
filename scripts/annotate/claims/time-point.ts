/**
 * A trial reports its effects at time points: "greater improvement than the control group at T2 (d = 0.83, p = 0.001)
 * and T3 (d = 0.55)", "at week 12 (OR 1.4)". The label before such a bracket ("T2", "W12", "V3") is shaped like a
 * name ("dNBR (R2 = 0.761)" is the index the number is of), but it says when the number was measured, not what it is
 * of: the number is the subject's of its clause.
 */

// "at T2", "and T3" after "at T2 (…)", "after W12", "by V3": a short label of letters and digits after a preposition
// of time, or coordinated after one.
const LABEL = String.raw`[A-Z]{1,2}-?\d{1,2}`;
const TIME_POINT = new RegExp(String.raw`\b(?:at|after|before|during|until|through|by)\s+(?:${LABEL}\s*\([^()]*\)\s*,?\s*(?:and|or)\s+)?${LABEL}\s*$`);

/**
 * Whether `before`, the text right before a bracket a number stands in, ends on a time point's label.
 *
 * @example endsOnTimePoint('MBSR participants improved more than controls at T2 ') // true
 * @example endsOnTimePoint('improved more at T2 (d = 0.83, p = 0.001) and T3 ') // true
 * @example endsOnTimePoint('higher than both dNBR ') // false
 */
export function endsOnTimePoint(before: string): boolean {
	return TIME_POINT.test(before);
}
