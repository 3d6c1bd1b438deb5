/**
 * How fast a system runs, in frames or tokens per second: "FlashVSR runs at approximately 17 FPS",
 * "real-time streaming generation at ~25 FPS", "decoding at 120 tokens/s". A frame rate is also a
 * property of the input ("videos recorded at 30 fps"), so the rate counts only after a verb of
 * running or a word of speed ("runs at", "operating at", "real-time … at", "inference at"), or as the most it reaches
 * ("up to 31 FPS"). A throughput of
 * items in each unit of time counts after an active verb of handling data ("processes 1.2 million reads per minute"),
 * or after a word of capability ("can core 6 to 8 boreholes per day").
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const BOUND = String.raw`(?:at least|up to|over|nearly|almost|about|approximately|roughly|around|more than)`;
const RATE_UNIT = String.raw`(?:FPS|fps|frames\sper\ssecond|tokens\sper\ssecond|tokens\/s(?:ec)?|it\/s)`;
/** Running, or a word of speed a few words before "at". */
const RUNNING = String.raw`(?:run(?:s|ning)?|ran|operat(?:es|ed|ing)|execut(?:es|ed|ing)|real-time|speed|inference|decoding|throughput|rendering)`;
const SPEED = new RegExp(String.raw`\b${RUNNING}\b(?:[^.;:]|\.\d){0,60}?\bat\s(?:${BOUND}\s)?(~?\s?${NUMBER}\s?${RATE_UNIT})(?![\w/])`, 'gi');
// "generates a 5-second video in 2.61 seconds (up to 31 FPS)": the most frames a system makes in a second is its speed,
// whatever the verb; a frame rate the input has is stated as it is ("videos of up to 60 fps", "recorded at 30 fps").
const UP_TO = new RegExp(String.raw`(?<!\bof\s)\bup to\s(${NUMBER}\s?${RATE_UNIT})(?![\w/])`, 'g');

// "processes 1.2 million reads per minute", "maps 30 Gbp per hour": a count of items an active verb of handling data
// does in each unit of time, a throughput ("patients were seen 3 times per day" is passive and counts visits).
const THROUGHPUT = new RegExp(
	String.raw`(?<!\b(?:was|were|is|are|be|been)\s)\b(?:align|map|process|assembl|index|sort|compress|annotat|classif|search|sequenc|translat|generat|handl|serv)(?:es|ed|s)\s(?:up to\s|over\s|about\s|more than\s)?(${NUMBER}(?:\s(?:thousand|million|billion)|[KMB]\b)?)\s[\w-]+\s(?:[\w-]+\s)?per\s(?:second|minute|hour|day|CPU\shour)\b`,
	'g',
);

// "a small crew can survey 12 plots per day", "the lab routinely runs 40 to 60 cores per day": a count of items done in
// each unit of time that a word of capability states is a throughput, whatever the verb ("were sampled twice per day" states
// none, and is a schedule).
const CAPABLE_RATE = new RegExp(
	String.raw`\b(?:can|could|routinely|(?:is|are)\sable\sto)\s(?:[^.;:]|\.\d){0,80}?\b(?:${BOUND}\s)?(${NUMBER}(?:\s?(?:to|[-–])\s?${NUMBER})?\s[a-z-]+\sper\s(?:second|minute|hour|day|week))\b`,
	'g',
);

/**
 * Every speed `text` reports for a system that runs.
 *
 * @example findSpeedRates('FlashVSR runs at approximately 17 FPS on one GPU.')
 * // → [{ index: 31, text: '17 FPS' }]
 */
export function findSpeedRates(text: string): ClaimValue[] {
	// The rate units, tested as plain substrings before the scan.
	const perTime = / per (?:second|minute|hour|day|week|CPU hour)\b/.test(text);
	if (!(perTime || text.includes('fps') || text.includes('FPS') || text.includes('/s'))) return [];
	const found = [...allMatches(text, SPEED), ...allMatches(text, UP_TO)].map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
	// The throughput's number stands right after its verb: its offset is read from where the match starts.
	if (perTime) for (const m of allMatches(text, THROUGHPUT)) found.push({ index: m.index + m[0].indexOf(m[1]!, m[0].search(/\s/)), text: m[1]! });
	if (perTime) for (const m of allMatches(text, CAPABLE_RATE)) found.push({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });
	return found.sort((a, b) => a.index - b.index);
}
