import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, type Token } from '../sentences.ts';
import { isEraName, isLatinModifier, WORDLIKE } from './keyphrase-word-joins.ts';

/** The two readers as they were first written, before their cheap gates: what the gated ones must give on every token. */
const LATIN: Record<string, RegExp> = { ab: /^initio$/ };
function latinAsWritten(tokens: readonly Token[], i: number): boolean {
	const [head, tail, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
	if (!head || !tail || !next || tail.start !== head.end + 1 || next.start !== tail.end + 1) return false;
	return !!LATIN[head.text.toLowerCase()]?.test(tail.text.toLowerCase()) && WORDLIKE.test(next.text);
}
function eraAsWritten(tokens: readonly Token[], i: number): boolean {
	const [name, number] = [tokens[i], tokens[i + 1]];
	return !!name && !!number && number.start === name.end + 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(name.text) && /^[1-9]\.0$/.test(number.text);
}

const WORDS = ['ab', 'AB', 'Ab', 'initio', 'Initio', 'simulations', 'Industry', 'Web', 'Mw', 'web', '4.0', '2.0', '10.0', '4.5', '3', '-', ',', 'a', 'in', 'situ'];
const texts = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '')), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('isLatinModifier and isEraName', () => {
	it('read "ab initio simulations" and "Industry 4.0"', () => {
		expect(isLatinModifier(analyzeText('ab initio simulations').tokens, 0)).toBe(true);
		expect(isEraName(analyzeText('Industry 4.0 technologies').tokens, 0)).toBe(true);
		expect(isEraName(analyzeText('Mw 6.0 earthquakes').tokens, 0)).toBe(false);
	});

	it('give what they gave before their gates, on every token', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const { tokens } = analyzeText(text);
				for (let i = 0; i <= tokens.length; i++) {
					expect(isLatinModifier(tokens, i)).toBe(latinAsWritten(tokens, i));
					expect(isEraName(tokens, i)).toBe(eraAsWritten(tokens, i));
				}
			}),
		);
	});

	it('read a token named like an object property as any other word', () => {
		expect(isLatinModifier(analyzeText('the constructor of models').tokens, 1)).toBe(false);
	});
});
