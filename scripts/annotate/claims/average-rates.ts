/**
 * An average rate the paper measured: "100 queries on average per token", "saving 5 layers per
 * example on average". "On average" marks an amount that was counted over runs or items, an
 * outcome, where a bare rate ("10 images per class", "3 samples per prompt") is a setting of
 * the setup; so both the rate and "on average" must stand together.
 */
import type { ClaimValue } from './claim-values.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// The number and its counted noun, then "on average per <unit>" or "per <unit> on average".
const RATE = new RegExp(String.raw`(?<![\w.,/])${NUMBER}\s[a-z][\w-]*(?=\s(?:on\saverage\sper\s[\w-]+|per\s[\w-]+\son\saverage)\b)`, 'g');

/**
 * Every averaged rate of `text`, as the number with its counted noun.
 *
 * @example findAverageRates('It needs 100 queries on average per token.')
 * // → [{ index: 9, text: '100 queries' }]
 */
export function findAverageRates(text: string): ClaimValue[] {
	if (!text.includes('on average')) return [];
	return [...text.matchAll(RATE)].map((m) => ({ index: m.index, text: m[0] }));
}
