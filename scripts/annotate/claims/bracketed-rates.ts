/**
 * A rate in a compound unit, bracketed after what it was measured of: "the highest average human biting rates were
 * recorded from Anopheles albimanus (9.8 bites/person/night)", "mean densities (412 ind./m2)", "the greatest uptake
 * (3.2 mg/kg)". Field and laboratory sciences give a finding's value so, with no verb before the number; a unit
 * of two or more parts joined by slashes marks a measured rate or concentration. Only in a sentence that reports what
 * was found (an average, an extreme, a verb of recording); a dose or a feeding given to subjects ("high doses
 * (150 mg/kg/day)", "were fed 6 L/d") is a setting, and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

/** A part of a unit: "bites", "person", "ind.", "m2", "kg", "µg", "°C". */
const PART = String.raw`[A-Za-zµμ°]+\.?\d?`;
const RATE = new RegExp(String.raw`\(\s?([+\-−]?\d+(?:[.,]\d+)?\s?${PART}(?:\/${PART})+)\s?\)`, 'g');
/** Words of a finding: an average or an extreme, or a verb of recording what was found. */
const FOUND = /\b(?:average|mean|median|highest|lowest|greatest|largest|smallest|maximum|minimum|peak|recorded|observed|measured|estimated|found|detected)\b/i;
/** Words of a setting: what was given to the subjects, or at what dose. */
const SETTING = /\b(?:doses?|dosage|dosing|regimens?|received|receiving|administered|given|fed|feeding|treated|supplemented|injected|infused|applied)\b/i;

/**
 * Every bracketed rate in a compound unit that `text` reports as found, in order (the brackets left out).
 *
 * @example findBracketedRates('The highest biting rates were recorded from An. albimanus (9.8 bites/person/night).')
 * // → [{ index: 59, text: '9.8 bites/person/night' }]
 */
export function findBracketedRates(text: string): ClaimValue[] {
	if (!text.includes('/') || !FOUND.test(text) || SETTING.test(text)) return [];
	return allMatches(text, RATE).map((m) => ({ index: m.index + m[0].indexOf(m[1]!), text: m[1]! }));
}
