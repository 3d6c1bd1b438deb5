/**
 * The figures a test is reported to have shown, as engineering and the physical sciences report what a
 * device or prototype did: "A maximum torque of 3 N·m and an efficiency of 80% were demonstrated", "a
 * peak power of 1.2 kW was achieved", "the gripper achieved a holding force of 35 N at 2 Hz"; and how
 * long a run went when running is the result: "successful operation was demonstrated for more than 1.5
 * million input cycles", "stable flight was verified for over 20 minutes".
 *
 * Evidence: a verb of demonstrating or attaining, and an amount in a unit after "of" in the noun phrase
 * it governs (the subject before a passive verb, the object after an active one), or a count or
 * duration after a passive verb of demonstrating and "for"/"over". An amount "at" a condition ("at
 * 40 K and 10−3 Pa", "with an overpotential of 640 mV, under which … was achieved") is the test's setting
 * and stays out, as do "a total of 40 h" (what was collected) and a run a procedure maintained ("cells
 * were maintained for 24 hours": no verb of demonstrating).
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { allMatches } from '../all-matches.ts';

// The cue, tested first: most sentences demonstrate or attain nothing.
const CUE = /\b(?:demonstrat|achiev|attain|obtain|verifi|confirm|realiz|realis|deliver|exhibit|show)/i;
const DIGIT = /\d/;
const BOUND = String.raw`(?:at least|up to|over|nearly|almost|about|approximately|more than|as high as|as much as)`;
const PASSIVE = /\b(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:demonstrated|achieved|attained|obtained|realized|realised|verified|confirmed)\b/g;
const ACTIVE = /\b(?:achiev|attain|deliver|demonstrat|exhibit|show)(?:es|ed|s)\s+(?=(?:an?|the)\s)/g;
// "a maximum torque of 3 N·m": a noun of measure, "of", the amount ("a total of" counts what was gathered).
const OF_AMOUNT = new RegExp(String.raw`\b(?!total\b)[a-z]+\s+of\s+(?:${BOUND}\s+)?(${AMOUNT_IN_UNIT})`, 'g');
// "… was demonstrated for more than 1.5 million input cycles": the run a demonstration held over, counted in a plural noun.
const RUN = new RegExp(
	String.raw`^\s+(?:\w+\s+){0,2}?(?:for|over)\s+(?:${BOUND}\s+)?(\d+(?:,\d{3})*(?:\.\d+)?(?:\s(?:thousand|million|billion))?)(?=\s(?:[\w-]+\s)?[a-z]+s\b)`,
);
// The clause around a verb: from the last stop, semicolon or colon before it to the next one after it.
// A relative clause's subject starts after its pronoun: "with an overpotential of 640 mV, under which a rate of 23.4 µmol
// min−1 was achieved" (the overpotential is the condition).
const CLAUSE_START = /.*(?:[;:]|\.(?!\d)|\b(?:which|where|whereby|when)\b)/s;
const CLAUSE_END = /(?:[;:]|\.(?!\d)).*/s;

/**
 * Every amount `text` reports a test to have demonstrated or a device to have attained, in order.
 *
 * @example findDemonstratedAmounts('A peak power of 1.2 kW was achieved.') // → [{ index: 16, text: '1.2 kW' }]
 */
export function findDemonstratedAmounts(text: string): ClaimValue[] {
	// Every value is an amount or a count in digits; the cue's verbs ("show", "achieve") are in most sentences, digits are not.
	if (!DIGIT.test(text) || !CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	const amountsIn = (from: number, part: string) => {
		for (const m of allMatches(part, OF_AMOUNT)) found.push({ index: from + m.index + m[0].length - m[1]!.length, text: m[1]! });
	};
	for (const verb of allMatches(text, PASSIVE)) {
		const subject = text.slice(0, verb.index).replace(CLAUSE_START, '');
		amountsIn(verb.index - subject.length, subject);
		const after = verb.index + verb[0].length;
		const run = RUN.exec(text.slice(after));
		if (run) found.push({ index: after + run[0].length - run[1]!.length, text: run[1]! });
	}
	for (const verb of allMatches(text, ACTIVE)) {
		const from = verb.index + verb[0].length;
		amountsIn(from, text.slice(from).replace(CLAUSE_END, ''));
	}
	return found.sort((a, b) => a.index - b.index);
}
