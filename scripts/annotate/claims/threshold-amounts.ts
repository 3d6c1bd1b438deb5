/**
 * The threshold a finding names in a unit of measure: "we found that uptake rises with dose and levels off for doses
 * above about 40–60 mg/L", "results show that yields fall at temperatures above 32 °C". A
 * level after "above", "below" or "less than" is most often a setting ("samples were heated above 300 °C", "plots
 * below 500 m"); inside the clause of a finding ("found that", "show that", "indicate that"), it is where the finding's
 * relation changes, a result; so is the level "up to" which a relation holds ("a linear relationship up to 35 degrees C").
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { TIME_WORD } from './unit-words.ts';

const FINDING = /\b(?:f(?:ou|i)nd(?:s|ing)?|show(?:s|ed|n)?|indicat(?:e|es|ed)|suggest(?:s|ed)?|reveal(?:s|ed)?|demonstrat(?:e|es|ed)|conclud(?:e|es|ed))\sthat\b/i;
const BEYOND = String.raw`(?:above|below|exceeding|beyond|(?:less|more|greater|lower|higher)\sthan)`;
// "over 135 days", "for more than 2 years": a duration bounds the period a finding covers, no level it changes at.
const DURATION = new RegExp(String.raw`\s(?:${TIME_WORD}|h|d|yr)$`);
const BOUND = String.raw`(?:about|approximately|around|roughly|nearly|some)`;
// "followed a linear relationship up to 35 degrees C", "rose steadily up to 30 °C": the level up to which a relation holds.
const HELD_UP_TO = String.raw`(?<=\b(?:relationship|relation|linear(?:ly)?|proportional(?:ly)?|constant|stable|steady|steadily)\s)up\sto`;
const THRESHOLD = new RegExp(String.raw`(?:\b${BEYOND}|${HELD_UP_TO})\s((?:${BOUND}\s)?${AMOUNT_IN_UNIT})`, 'g');

/**
 * Every threshold in a unit that a finding of `text` names, in order (the word of comparison left out of the value).
 *
 * @example findThresholdAmounts('We found that growth slows for doses above 40 mg/L.')
 * // → [{ index: 43, text: '40 mg/L' }]
 */
export function findThresholdAmounts(text: string): ClaimValue[] {
	const finding = FINDING.exec(text);
	if (!finding) return [];
	THRESHOLD.lastIndex = finding.index + finding[0].length;
	const found: ClaimValue[] = [];
	for (let m = THRESHOLD.exec(text); m; m = THRESHOLD.exec(text)) if (!DURATION.test(m[1]!)) found.push({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });
	return found;
}
