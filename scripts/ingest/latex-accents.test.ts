import { describe, expect, it } from 'vitest';
import { decodeLatexAccents } from './latex-accents.ts';

describe('decodeLatexAccents', () => {
	it('spells accent commands as accented letters, in every form authors type them', () => {
		expect(decodeLatexAccents("the R\\'enyi entanglement entropies")).toBe('the Rényi entanglement entropies');
		expect(decodeLatexAccents('Schr\\"{o}dinger and Erd\\H{o}s')).toBe('Schrödinger and Erdős');
		expect(decodeLatexAccents("{\\'e}t{\\'e}, Fran{\\c{c}}ois, \\v{S}ker, na\\\"\\i ve")).toBe('été, François, Šker, naïve');
		expect(decodeLatexAccents('Ga\\`ete and \\^{o}')).toBe('Gaète and ô');
	});

	it('leaves maths and other commands alone', () => {
		const maths = String.raw`$\hat{x}$, $\tilde{n} \cdot \vec{v}$, \(\eta_t = 1/\sqrt{t}\), 30\% and \tsmethod`;
		expect(decodeLatexAccents(maths)).toBe(maths);
	});
});
