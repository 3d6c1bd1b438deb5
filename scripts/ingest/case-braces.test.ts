import { describe, expect, it } from 'vitest';
import { withoutCaseBraces } from './case-braces.ts';

describe('withoutCaseBraces', () => {
	it('takes out the braces BibTeX puts around capitals, inside a word or around it', () => {
		expect(withoutCaseBraces('{W}o{LW}: learning {T}ransformers in {New York}')).toBe('WoLW: learning Transformers in New York');
		expect(withoutCaseBraces('Fed for 8 d. {T}his increased intake.')).toBe('Fed for 8 d. This increased intake.');
	});

	it('keeps braces that are not case protection: sets, commands, sub- and superscripts, maths', () => {
		for (const text of ['the set {1, 2, 3}', 'a {lower} word', 'see \\emph{Title} here', 'x^{T} and y_{N}', 'cost $\\mathcal{O}(N)$ in {a}']) {
			expect(withoutCaseBraces(text)).toBe(text);
		}
	});
});
