/**
 * The scales a studied phenomenon is found to have: "westward propagating features … have periods of
 * 80–250 days", "the MOC has a standard deviation of 4.9 Sv", "the response shows a lag of about 3
 * months", "the anomaly exhibits a half-life of 12 days", and the lag a verb of temporal order is by ("the changes
 * follow the wind by approximately 3 months"). Oceanography, climate, seismology, hydrology,
 * epidemiology and pharmacology report what they observed as its period, time scale, lag, spread or
 * decay; the verb of having or showing says it was observed, where "over a period of 10 years" or
 * "with a delay of 5 ms" set up the study.
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { TIME_WORD } from './unit-words.ts';
import { allMatches } from '../all-matches.ts';

// A scale noun before "of", and a verb of temporal order with a "by", checked first: most sentences have neither.
const SCALE_CUE = /(?:period|scale|lag|delay|deviation|amplitude|trend|li(?:fe|ve)|time|length)s? of /i;
const LAG_CUE = /\b(?:follow|lag|lead|precede|trail)(?:s|ed)?\s[^.;]*\bby\s/i;
const SCALE = String.raw`(?:periods?|time\s?scales?|lags?|delays?|standard\sdeviations?|amplitudes?|trends?|half-li(?:fe|ves)|e-folding\s(?:times?|scales?)|decay\stimes?|response\stimes?|wavelengths?)`;
const HAVE = String.raw`(?:ha(?:s|ve|d)|show(?:s|ed)?|exhibit(?:s|ed)?|display(?:s|ed)?|reveal(?:s|ed)?)`;
const BOUND = String.raw`(?:about|approximately|roughly|around|nearly|up to|at least|more than|less than|over)`;
const HAS_SCALE = new RegExp(
	String.raw`\b${HAVE}\s(?:(?:an?|the)\s)?(?:[\w-]+\s){0,2}?${SCALE}\sof\s(?:${BOUND}\s)?(${AMOUNT_IN_UNIT})`,
	'gi',
);

// "the changes in transport follow anomalous wind forcing by approximately 3 months", "cases lag rainfall by
// 2 weeks": a verb of temporal order and the time it is by, a lag found between two observed series.
const ORDER = String.raw`(?:follow|lag|lead|precede|trail)(?:s|ed)?`;
const LAGS = new RegExp(String.raw`\b${ORDER}\s(?:[^.;:,()]|\.\d){0,60}?\bby\s(?:${BOUND}\s)?(${AMOUNT_IN_UNIT})`, 'gi');
const DURATION = new RegExp(String.raw`(?:ms|s|min|h|hr|yr|${TIME_WORD})$`);

/**
 * Every scale `text` says something was observed to have, in order.
 *
 * @example findCharacteristicScales('The features have periods of 80–250 days.') // → [{ index: 29, text: '80–250 days' }]
 */
export function findCharacteristicScales(text: string): ClaimValue[] {
	// Both scans end in an amount in a unit, written in digits: a sentence without any is not scanned.
	if (!/\d/.test(text)) return [];
	const scales = SCALE_CUE.test(text) ? allMatches(text, HAS_SCALE) : [];
	const lags = LAG_CUE.test(text) ? allMatches(text, LAGS).filter((m) => DURATION.test(m[1]!)) : [];
	return [...scales, ...lags].map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
