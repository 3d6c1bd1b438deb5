/**
 * How fast a system runs, in frames or tokens per second: "FlashVSR runs at approximately 17 FPS",
 * "real-time streaming generation at ~25 FPS", "decoding at 120 tokens/s". A frame rate is also a
 * property of the input ("videos recorded at 30 fps"), so the rate counts only after a verb of
 * running or a word of speed ("runs at", "operating at", "real-time … at", "inference at").
 */
import type { ClaimValue } from './claim-values.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const BOUND = String.raw`(?:at least|up to|over|nearly|almost|about|approximately|roughly|around|more than)`;
const RATE_UNIT = String.raw`(?:FPS|fps|frames\sper\ssecond|tokens\sper\ssecond|tokens\/s(?:ec)?|it\/s)`;
/** Running, or a word of speed a few words before "at". */
const RUNNING = String.raw`(?:run(?:s|ning)?|ran|operat(?:es|ed|ing)|execut(?:es|ed|ing)|real-time|speed|inference|decoding|throughput|rendering)`;
const SPEED = new RegExp(String.raw`\b${RUNNING}\b(?:[^.;:]|\.\d){0,60}?\bat\s(?:${BOUND}\s)?(~?\s?${NUMBER}\s?${RATE_UNIT})(?![\w/])`, 'gi');

/**
 * Every speed `text` reports for a system that runs.
 *
 * @example findSpeedRates('FlashVSR runs at approximately 17 FPS on one GPU.')
 * // → [{ index: 31, text: '17 FPS' }]
 */
export function findSpeedRates(text: string): ClaimValue[] {
	// The rate units, tested as plain substrings before the scan.
	if (!(text.includes('fps') || text.includes('FPS') || text.includes('per second') || text.includes('/s'))) return [];
	return [...text.matchAll(SPEED)].map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
