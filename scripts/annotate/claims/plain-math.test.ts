import { describe, expect, it } from 'vitest';
import { plainMath, sourceSpan } from './plain-math.ts';

describe('plainMath', () => {
	it('reads inline math as the text it shows: numbers, signs, powers and ties', () => {
		expect(plainMath('a flux of 2.4 $\\times$ 10$^{-12}$ erg').text).toBe('a flux of 2.4 × 10^{-12} erg');
		expect(plainMath('it fell from $1.2$ to $0.3$').text).toBe('it fell from 1.2 to 0.3');
		expect(plainMath('a gap of $3$~meV and a 4.1$σ$ signal').text).toBe('a gap of 3 meV and a 4.1σ signal');
		expect(plainMath('a share of $62\\%$ and 5 $\\pm$ 1').text).toBe('a share of 62% and 5 ± 1');
	});

	it('leaves dollars of money, and a tilde that means "about"', () => {
		expect(plainMath('it costs $20 to $30 a month').text).toBe('it costs $20 to $30 a month');
		expect(plainMath('that ~ 40 of them').text).toBe('that ~ 40 of them');
	});
});

describe('sourceSpan', () => {
	it('gives a plain stretch back as its source, closing any math it opens', () => {
		const source = 'it fell from $1.2$ to $0.3$ here';
		const math = plainMath(source);
		const start = math.text.indexOf('1.2');
		const span = sourceSpan(math, source, start, math.text.indexOf('0.3') + 3);
		expect(source.slice(span.start, span.end)).toBe('$1.2$ to $0.3$');
	});
});
