import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, type Token } from '../sentences.ts';
import { listedScoreMeasure, textOf, textOfByCodePoints } from './listed-score-measure.ts';

/** Tokens as the rule meets them: in order, possibly overlapping or with gaps, some text past U+FFFF. */
const tokens = fc
	.array(fc.tuple(fc.integer({ min: -3, max: 4 }), fc.constantFrom('a', 'bc', 'def', '0.925', 'AUROC', ',', 'é', '\u{1F600}', 'x\u{1D465}y')), { maxLength: 12 })
	.map((parts) => {
		let at = 0;
		return parts.map(([gap, text]): Token => {
			const start = Math.max(0, at + gap);
			at = start + text.length;
			return { text, start, end: at, pos: 'NOUN' } as Token;
		});
	});

describe('textOf', () => {
	it('lays the tokens out as the rule did one code point at a time', () => {
		fc.assert(
			fc.property(tokens, (list) => {
				expect(textOf(list)).toBe(textOfByCodePoints(list));
			}),
		);
	});
});

describe('listedScoreMeasure', () => {
	const text = 'It achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.';

	it("reads each listed score's metric, the same however often a sentence is asked", () => {
		const { tokens: list } = analyzeText(text);
		for (let round = 0; round < 2; round++) {
			expect(listedScoreMeasure(list, 25, 30)).toEqual({ start: 31, end: 55 });
			expect(listedScoreMeasure(list, 12, 17)).toEqual({ start: 18, end: 23 });
			expect(listedScoreMeasure(list, 3, 11)).toBeNull();
		}
	});

	it('gives each caller a metric of its own', () => {
		const { tokens: list } = analyzeText(text);
		const first = listedScoreMeasure(list, 25, 30)!;
		first.start = 0;
		expect(listedScoreMeasure(list, 25, 30)).toEqual({ start: 31, end: 55 });
	});
});
