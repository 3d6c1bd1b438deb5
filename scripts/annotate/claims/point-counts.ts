/**
 * "the minimum energy consumption path of 17 points", "a travel path within 30 points", "a grid of 400 points": points a
 * path, a tour, a grid or a set is made of count the size of the problem solved, not score points gained. A score's
 * points follow a change or a score ("a gain of 3 points", "by 2.5 points", "17 points higher") and have no such noun
 * of a structure right before them.
 */
import type { ClaimValue } from './claim-value.ts';

/** A structure made of points, and the word that gives its size, right before the value. */
const STRUCTURE = /\b(?:paths?|routes?|tours?|trajector(?:y|ies)|grids?|meshe?s?|sets?|clouds?|networks?|graphs?|instances?|maps?|lattices?)\s(?:of|within|with)\s(?:up\sto\s|about\s|over\s)?$/i;

/**
 * Whether `value` of `text` counts the points a structure is made of.
 *
 * @example countsPoints('It finds the path of 17 points in 300 s.', { index: 21, text: '17 points' }) // true
 */
export function countsPoints(text: string, value: ClaimValue): boolean {
	return /\spoints?$/i.test(value.text) && STRUCTURE.test(text.slice(Math.max(0, value.index - 40), value.index));
}
