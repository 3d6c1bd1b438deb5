/**
 * Shares of a group stated in words, when the sentence reports them as a result: "Half of the
 * models evaluated showed better accuracy than …", "over half of the models showed consistently
 * better performance", "discarding less than half of the data", "reduces the minimum peak distance
 * … to half of the half-widths", "similar or better predictive performance … for four of the six
 * endpoints", "had larger ripple, and could not meet the ratio … in two out of six models", "outperforms X on 23 of 30
 * benchmarks" (a count of a counted whole in digits may drop "the"), "baselines reach only about half the accuracy" (a
 * bounded share of the quantity the sentence compares, named after "the").
 *
 * A share in words is as often a description of the sample ("half of the respondents were
 * women", "on one of the three qubits", "at two of the three sites"), so one piece of evidence
 * must hold besides the words: a bound before the share ("over", "less than"), a change it is
 * the end of ("reduces … to half of"), or a comparison in its own clause ("… showed better
 * accuracy", "better … for four of the six"), or a superlative that ranks the group ("14 of the 20
 * proposals receiving the highest support"). Each case is the sentence of a survey, a forecast
 * evaluation, a physics experiment, a chemistry benchmark or a study of shareholder votes, so no field owns the rule.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const FRACTION = String.raw`(?:(?:one|a)[- ])?(?:half|third|quarter|fifth|tenth)|(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths)`;
const COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
/** "four of the six", "two out of six", "23 of 30": a count of a counted whole (in digits "the" may be left out). */
const PART_OF = String.raw`(?:${COUNT}\s(?:of\sthe|out\sof(?:\sthe)?)\s${COUNT}|\d{1,3}\sof\s\d{1,3}(?![\d.,%]))`;
const BOUND = String.raw`(?:over|more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|at most|only|just over|just under|well over|well under)`;
const CHANGE = String.raw`(?:reduc|decreas|lower|cut|increas|rais|improv|shrink|shrank|drop|fell|fall|declin)\w*`;
// The share is of a group the sentence goes on to name: "of the models", "of all stations", "of their data",
// "of respondents" (a plural names a group with no determiner).
const OF_GROUP = String.raw`(?=\sof\s(?:the|all|our|these|those|its|their|them|[a-z]+s)\b)`;
// "nearly two-thirds of arable land": a bounded share may be of a whole no plural names, a mass or an area; the bound
// is the evidence it was measured.
const OF_WHOLE = String.raw`(?=\sof\s[a-z])`;
// "only about half the accuracy": a share of the quantity it is set against, named after "the", bounded by a word that is
// no preposition ("winding over half the Brillouin zone" goes over a span, "around half the circle" round one).
const THE_QUANTITY = String.raw`(?:only\s)?(?:about|nearly|almost|roughly|approximately|only|just|less than|more than|at least|at most)\s(?:${FRACTION})(?=\sthe\s[a-z])`;
// "Almost half said …", "about a third saying …": a bounded share that is itself the subject of what the
// group did or said (a copula after it, "about half were women", describes the sample and stays out).
const DOING = String.raw`(?=\s(?:said|says|say|saying|reported|would|will|could|did|had|chose|[a-z]{2,}(?:ed|ing))\b)`;
// "the propensity to spend was about one-third": a bounded share a copula reports, ending its clause.
const REPORTED = String.raw`(?<=\b(?:was|were|is|are|be|been)\s)`;
const CLAUSE_CLOSE = String.raw`(?=\s?[,.;:)]|\s(?:and|but|while|whereas)\b|$)`;
/** A comparison that makes a share a finding: "better", "outperformed", "more accurate". */
// "significant(ly)" states a tested difference, as a comparison does ("Two-thirds of the population accumulate a
// significant average of …").
const COMPARISON = /\b(?:better|worse|higher|lower|greater|larger|smaller|faster|slower|more accurate|less accurate|outperform\w*|superior|inferior|exceed\w*|surpass\w*|beat|beats|improv\w*|significant(?:ly)?)\b/i;
// "pension funds sponsored 14 of the 20 proposals receiving the highest support": a superlative ranks the group, and the
// share says who holds the top or the bottom of the ranking; unless the clause picks its sample so ("four of the ten plots
// with the highest slopes were sampled"), a design, not a finding.
const SUPERLATIVE = /\b(?:highest|lowest|greatest|largest|smallest|strongest|weakest)\b/i;
const PICKS_SAMPLE = /\b(?:sampled|selected|chosen|picked|included|excluded|enrolled|recruited|surveyed|interviewed|used)\b/i;
const ranks = (clause: string) => SUPERLATIVE.test(clause) && !PICKS_SAMPLE.test(clause);
const SHARE = new RegExp(
	String.raw`(?<![\w-])(?:(${BOUND}\s(?:${FRACTION}))(?:${OF_WHOLE}|${DOING})|(${THE_QUANTITY})|${REPORTED}(${BOUND}\s(?:${FRACTION}))${CLAUSE_CLOSE}|((?:${FRACTION})${OF_GROUP}|${PART_OF}\b))`,
	'gi',
);
const PART_OF_TEXT = /\sof\s/i;
// "reduces the minimum peak distance … to half of": the end of a change, right before the share.
const CHANGED_TO = new RegExp(String.raw`\b${CHANGE}\s(?:[^.;:]{0,80}?\s)?to\s$`, 'i');
// A clause ends at a stop, a semicolon, a colon, or "while"/"whereas" opening the next one.
const CLAUSE_END = /[.;:]|\b(?:while|whereas)\b/;
const NEGATED = /\bnot\s+(?:[\w-]+\s+)?$/i;
// A cue every share holds: a sentence with none is not scanned.
const CUE = /half|third|quarter|fifth|tenth|\s(?:of the|out of) (?:the )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)|\d of \d/i;

/**
 * Every share of a group in words that `text` reports as a result, in order.
 *
 * @example findProportionWords('Half of the models evaluated showed better accuracy.')
 * // → [{ index: 0, text: 'Half' }]
 */
export function findProportionWords(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, SHARE)) {
		const [, boundedShare, ofQuantity, reported, bare] = m;
		const bounded = boundedShare ?? ofQuantity ?? reported;
		// The end of a change is a fraction ("to half of"); "falls to 3 of the 10 runs" counts runs, a sample.
		const fraction = bounded === undefined && !PART_OF_TEXT.test(bare!);
		if (bounded || (fraction && CHANGED_TO.test(text.slice(Math.max(0, m.index - 120), m.index)))) {
			found.push({ index: m.index, text: (bounded ?? bare)! });
			continue;
		}
		// A bare share counts when its own clause compares: before it, from the clause start, or after it, to the clause end.
		const before = text.slice(0, m.index).split(CLAUSE_END).at(-1)!;
		// "not exceeding half of their training lengths": a negated comparison states no finding.
		if (NEGATED.test(before)) continue;
		const after = text.slice(m.index + bare!.length).split(CLAUSE_END)[0]!;
		if (COMPARISON.test(before) || COMPARISON.test(after) || ranks(before + bare! + after)) found.push({ index: m.index, text: bare! });
	}
	return found;
}
