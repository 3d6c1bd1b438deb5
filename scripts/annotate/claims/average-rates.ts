/**
 * An average rate the paper measured: "100 queries on average per token", "saving 5 layers per
 * example on average". "On average" marks an amount that was counted over runs or items, an
 * outcome, where a bare rate ("10 images per class", "3 samples per prompt") is a setting of
 * the setup; so both the rate and "on average" must stand together. A fraction of a counted thing per
 * another ("0.041 calves per adult female", "1.7 visits per patient") is an average by itself: no
 * setting asks for part of a calf, so the decimal needs no "on average".
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// The number and its counted noun, then "on average per <unit>" or "per <unit> on average".
const RATE = new RegExp(String.raw`(?<![\w.,/])${NUMBER}\s[a-z][\w-]*(?=\s(?:on\saverage\sper\s[\w-]+|per\s[\w-]+\son\saverage)\b)`, 'g');
// A decimal, a plural counted noun, "per" and what it is counted per (one or two words): "0.041 calves per adult female".
// A unit's symbol or a span of time is no counted noun ("5.3 ms per inference", "2.5 hours per week" are amounts).
const FRACTIONAL_RATE = /(?<![\w.,/])\d*\.\d+\s(?!(?:seconds|minutes|hours|days|weeks|months|years|times|points)\b)[a-z][a-z-]{2,}s\sper\s[a-z][\w-]*(?:\s(?!(?:in|at|on|of|for|and|or|the|with|from|to|during|after|before|than)\b)[a-z][\w-]*)?/g;

/**
 * Every averaged rate of `text`, as the number with its counted noun (and, for a fraction, what it is counted per).
 *
 * @example findAverageRates('It needs 100 queries on average per token.')
 * // → [{ index: 9, text: '100 queries' }]
 */
export function findAverageRates(text: string): ClaimValue[] {
	const found = text.includes('on average') ? allMatches(text, RATE) : [];
	if (text.includes(' per ')) found.push(...allMatches(text, FRACTIONAL_RATE));
	return found.map((m) => ({ index: m.index, text: m[0] }));
}
