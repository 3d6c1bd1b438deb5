/**
 * Temperatures a response peaks, bottoms out or stops at: "peaking at 23–29ºC", "declining to zero
 * below 9–23ºC", "lower thermal optima (25–26ºC)", "the highest (29ºC)", "a threshold of 35 °C".
 *
 * A temperature is a setting of the method ("incubated at 37°C") unless a word of extremes names it
 * the point where what was measured turns; thermal biology, crop science, materials and ecology
 * report their findings this way.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

// The degree sign, the masculine ordinal that keyboards give in its place ("ºC"), or "degrees".
const CUE = /[°º]\s?[CF]\b|degrees?\s(?:C|F|Celsius|Fahrenheit)\b/;
const TEMPERATURE = String.raw`[+\-−]?\d+(?:\.\d+)?(?:\s?[-–]\s?[+\-−]?\d+(?:\.\d+)?)?\s?(?:[°º]\s?[CF]|degrees?\s(?:C|F|Celsius|Fahrenheit))\b`;
/** A word of extremes, up to three words, then an optional "at/of/below/…" or an opening bracket, then the temperature. */
const AT_EXTREME = new RegExp(
	String.raw`\b(?:peak\w*|optim(?:a|um|al)|maxim(?:a|um)|minim(?:a|um)|thresholds?|zero|highest|lowest)\b(?:\s[\w-]+){0,3}?\s?(?:(?:at|of|below|above|near|around|between|to)\s|\()(${TEMPERATURE})`,
	'gi',
);

/**
 * Every temperature of `text` that a word of extremes names as a turning point, in order.
 *
 * @example findTemperatureOptima('Transmission peaked at 23–29ºC.') // → [{ index: 23, text: '23–29ºC' }]
 */
export function findTemperatureOptima(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, AT_EXTREME)) {
		const value = m[1]!;
		found.push({ index: m.index + m[0].length - value.length, text: value });
	}
	return found;
}
