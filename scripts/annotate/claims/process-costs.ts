/**
 * The time, memory or energy a process is found to take: "costs 5.18 ms per inference", "takes 40 ms
 * per frame", "requires 2.1 GB of memory", "consumes 12 mJ", "the full volume is rendered in 2.7–5.2
 * ms", "each image was processed in 0.3 s", "the analysis runs in 20 minutes", "aligned 10 million reads in
 * 15 min", "took about 2h of computing time and 2.7 gigabytes of memory". Computing, imaging and embedded systems report their speed
 * and footprint so, with no comparison and no verb of reaching.
 *
 * A verb of costing in the present (a past "took" is as often a dose or a step of a procedure: "patients
 * took 20 mg"), a passive verb of computing, an active verb of finishing or of handling a count of items, with "in"
 * before a duration, is the evidence; the unit must be one of
 * time, memory or energy, so "takes 3 years" of a study, "requires 20 participants" and "was recorded in
 * 2019" stay out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** Units of a cost: milliseconds to hours, bytes, joules, watts. */
const COST_UNIT = String.raw`(?:[mµμn]?s|sec|seconds?|milliseconds?|min|minutes?|h|hours?|[kKMGT]B|[mkM]?J|[mkM]?Wh?)(?![\w/])`;
const AMOUNT = String.raw`${NUMBER}(?:\s?(?:[-–]|to)\s?${NUMBER})?\s?${COST_UNIT}`;
const BOUND = String.raw`(?:only|just|about|approximately|around|roughly|nearly|less than|under|at most|up to)`;
// Cues, one cheap test each before its scan: a number in a unit of cost, then a verb of costing or "ed in".
const UNIT_CUE = /\d\s?(?:[mµμn]?s\b|sec|milli|min|h\b|hours?\b|days?\b|[kKMGT]B\b|(?:kilo|mega|giga|tera)bytes?\b|[mkM]?J\b|[mkM]?Wh?\b)/;
const COST_CUE = /(?:costs|takes|requires|consumes|needs)\s/;
const PASSIVE_CUE = /ed in \d/;
const COSTS = new RegExp(String.raw`\b(?:costs|takes|requires|consumes|needs)\s(?:${BOUND}\s)?(${AMOUNT})`, 'g');
/** Verbs of what a machine does: "rendered", "computed", "segmented" (a survey "completed in 10 minutes" by people is no cost). */
const COMPUTED = String.raw`(?:render|comput|process|execut|generat|reconstruct|segment|classifi|solv|register|analy[sz]|calculat|detect|simulat|decod|encod|compil|transmitt|infer)ed`;
// "is rendered in 2.7–5.2 ms", "can be computed in 40 ms": a passive verb of computing and the time it is done in.
const DONE_IN = new RegExp(String.raw`\b(?:is|are|was|were|be)\s(?:\w+ly\s)?${COMPUTED}\sin\s(?:${BOUND}\s)?(${NUMBER}(?:\s?(?:[-–]|to)\s?${NUMBER})?\s?(?:[mµμn]?s|sec|seconds?|milliseconds?|min|minutes?)(?![\w/]))`, 'g');

// "the whole analysis runs in 20 minutes", "the build completes in 3 h", "generates a 5-second video in 2.61 seconds": an
// active verb of finishing, or of a machine making its output, and the time it finishes in ("the study ran in 2019" gives a year, no duration; "the survey was completed in 12 minutes" by people is
// passive, no run of a machine).
const FINISHES_IN = new RegExp(
	String.raw`(?<!\b(?:was|were|is|are|be|been)\s)\b(?:runs|ran|completes|completed|finishes|finished|terminates|terminated|converges|converged|generates|renders|synthesi[sz]es|reconstructs)\s(?:[^.;:,]|\.\d){0,40}?\bin\s(?:${BOUND}\s)?(${NUMBER}(?:\s?(?:[-–]|to)\s?${NUMBER})?\s?(?:[mµμn]?s|sec|seconds?|milliseconds?|min|minutes?|h|hours?)(?![\w/]))`,
	'g',
);
// "aligned 10 million reads in 15 min", "indexes 3 Gbp in 40 minutes": a count of items handled in a time, a
// throughput (an active verb of handling data, so "samples were sequenced in 2 days", a procedure, stays out).
const HANDLED_IN = new RegExp(
	String.raw`(?<!\b(?:was|were|is|are|be|been)\s)\b(?:align|map|process|assembl|index|sort|compress|annotat|classif|search|sequenc|translat|generat)(?:es|ed|s)\s(?:over\s|about\s|more than\s)?${NUMBER}(?:\s(?:thousand|million|billion))?\s[\w-]+\s(?:[\w-]+\s)?in\s(?:${BOUND}\s)?(${NUMBER}\s?(?:[mµμn]?s|sec|seconds?|min|minutes?|h|hours?)(?![\w/]))`,
	'g',
);
// "took about 2h of computing time and 2.7 gigabytes of memory": an amount named as the computing
// time or memory spent is a cost whatever the verb ("2 h of observation time" or "20 mg of drug" names none);
// so is the size a footprint is given in ("with a compact 3 GB memory footprint").
const SPENT = new RegExp(
	String.raw`(?<![\w.])(${NUMBER}\s?(?:[mµμn]?s|sec|seconds?|min|minutes?|h|hours?|days?|[kKMGT]B|(?:kilo|mega|giga|tera)bytes?)(?![\w/]))\s(?:of\s(?:(?:CPU|GPU|computing|computation(?:al)?|wall-clock|run(?:ning)?|processing|training|inference)\stime|(?:memory|RAM|storage|disk\sspace)\b)|(?:(?:memory|storage|disk|model)\s)?footprint\b)`,
	'g',
);
const SPENT_CUE = /\sof\s(?:CPU|GPU|comput|wall|run|process|train|infer|memory|RAM|storage|disk)|\sfootprint\b/;
// Cue of both: "in", maybe a bound, then a number in a unit of time.
const ACTIVE_CUE = /\sin (?:only |just |about |under |less than )?\d[\d.,]*\s?(?:[mµμn]?s|sec|seconds?|min|minutes?|h|hours?)\b/;

/**
 * Every cost of time, memory or energy `text` reports, in order.
 *
 * @example findProcessCosts('Our system costs 5.18 ms per inference.') // → [{ index: 17, text: '5.18 ms' }]
 */
export function findProcessCosts(text: string): ClaimValue[] {
	if (!UNIT_CUE.test(text)) return [];
	const costs = COST_CUE.test(text) ? allMatches(text, COSTS) : [];
	const done = PASSIVE_CUE.test(text) ? allMatches(text, DONE_IN) : [];
	const active = ACTIVE_CUE.test(text) ? [...allMatches(text, FINISHES_IN), ...allMatches(text, HANDLED_IN)] : [];
	// The amount opens a match of `SPENT`; the others end with theirs.
	const spent = SPENT_CUE.test(text) ? allMatches(text, SPENT).map((m) => ({ index: m.index, text: m[1]! })) : [];
	const found = [...costs, ...done, ...active].map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
	// "requires 1.2 GB of memory" is read by a verb of costing and by what it is spent as: once.
	return found.concat(spent.filter((v) => !found.some((w) => w.index === v.index))).sort((a, b) => a.index - b.index);
}
