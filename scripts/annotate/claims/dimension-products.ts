/**
 * "on class-conditional ImageNet 256 times 256", "400 × 225 pixels", "a 2 x 2 design": a number times a number is a size or
 * a grid, the two sides of an image, a matrix or a factorial design, never a multiple a result states. A listing that
 * strips LaTeX leaves "$256 \times 256$" as "256 times 256", which reads like "256 times faster" up to its second number.
 * A power of ten after the sign ("2 × 10^{-3}") is a mantissa's, read by `value-patterns.ts`, and stays.
 */
import type { ClaimValue } from './claim-value.ts';

const MULTIPLE = /(?:\s?times|\s?[xX×])$/;
// The second side right after the sign; "10" before a power is a mantissa's power of ten.
const SECOND_SIDE = /^\s?(?!10\s?(?:\^|−|-\d|\{))\d/;

/**
 * Whether `value` of `text` is the first side of a size written "N times M" or "N × M".
 *
 * @example multipliesSides('trained on ImageNet 256 times 256.', { index: 20, text: '256 times' }) // true
 * @example multipliesSides('It decodes 8times faster.', { index: 11, text: '8times' }) // false
 */
export function multipliesSides(text: string, value: ClaimValue): boolean {
	return MULTIPLE.test(value.text) && SECOND_SIDE.test(text.slice(value.index + value.text.length));
}
