/**
 * A sentence that states what the authors expected, not what they found: "We expected to find a difference in the signals
 * between the two groups", "We hypothesized that warmer sites would hold more species", "We predicted that …". Psychology,
 * ecology and the indoor-environment sciences state the hypothesis before the test; the verb of finding inside it ("to find")
 * reports nothing yet, so it is neither a finding of the paper (`finding-statement.ts`) nor the study itself, which "We
 * tested the hypothesis that …" states (`tldr-cues.ts`).
 */

import { OUR, WE } from './first-person.ts';

// The authors or their study as the subject, a verb of expecting, then what was expected: "to find|see|observe|show" or a
// "that" clause. "We expect this method to generalise" (an outlook on the paper's own method) has neither and stays out.
const EXPECTED = new RegExp(
	String.raw`\b(?:${WE}|${OUR} (?:study|hypothes[ie]s)|the authors)\s+(?:\w+ly\s+|also\s+|further\s+|had\s+)?(?:expected|expect|hypothesi[sz]ed|hypothesi[sz]e|predicted|predict|anticipated|anticipate|hoped|hope)\s+(?:to\s+(?:find|see|observe|show|detect|obtain)\b|that\b)`,
	'i',
);

/**
 * Whether the sentence states what the authors expected or hypothesised, before any finding.
 *
 * @example expectsOutcome('We expected to find a difference between the two groups.') // true
 * @example expectsOutcome('We found a difference between the two groups.') // false
 */
export function expectsOutcome(sentence: string): boolean {
	return EXPECTED.test(sentence);
}
