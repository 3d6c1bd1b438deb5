/**
 * The length of a stage of life or of a process that a study's data point to, as fisheries, ecology and
 * medicine report them: "Data on reproduction suggested a 3-year reproductive cycle consisting of a 2-year
 * gestation period and a 1-year resting period", "the results indicate a 10-day incubation period", "the
 * model estimated a 6-month lag". The duration is written as an adjective ("3-year") before a noun of a
 * span of time (cycle, period, interval, lag, half-life); it is a result only in a sentence whose verb of
 * finding or estimating comes first ("suggested", "indicate", "estimated"), so "females have a 2-year gestation
 * period" (background) and "a 5-year monitoring programme" (a setting: no noun of a span) stay out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const CUE = /\d-(?:year|month|week|day|hour)\b/;
// A verb of finding or estimating: what follows it is what the data showed.
const FINDING = /\b(?:suggest|indicat|reveal|show|demonstrat|confirm|support|estimat|infer|yield)\w*\b|\bfound\b/i;
const DURATION = /(?<![\w.-])(\d+(?:\.\d+)?-(?:year|month|week|day|hour))\s(?:[a-z-]+\s){0,2}?(?:cycles?|periods?|gestation|intervals?|lifespans?|life span|durations?|incubation|delays?|lags?|half-lives|half-life|generation time|longevity|residence time)\b/g;

/**
 * Every duration `text` reports as the span a stage or a process lasts, after its verb of finding, in order
 * (the number with its "-year", "-month" … only).
 *
 * @example findEstimatedDurations('Tag returns suggested a 2-year spawning cycle.') // → [{ index: 24, text: '2-year' }]
 */
export function findEstimatedDurations(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const finding = FINDING.exec(text);
	if (!finding) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, DURATION)) {
		if (m.index < finding.index) continue;
		found.push({ index: m.index, text: m[1]! });
	}
	return found;
}
