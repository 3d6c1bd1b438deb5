import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWord, stemWord, tokenize, WORD } from './terms.ts';
import { allMatches } from '../all-matches.ts';

describe('stemWord', () => {
	it('stems British and American spellings and plurals to one form', () => {
		expect(stemWord('generalisation')).toBe(stemWord('generalization'));
		expect(stemWord('policies')).toBe(stemWord('policy'));
		expect(stemWord('zero-shot')).toBe('zero-shot');
	});

	it('gives Porter2 stems, with its exceptions and special prefixes', () => {
		const words = ['consigned', 'generously', 'skies', 'dying', 'news', 'communication', 'arsenal', 'reinforcement', 'few-shot-learning'];
		expect(words.map(stemWord)).toEqual(['consign', 'generous', 'sky', 'die', 'news', 'communic', 'arsenal', 'reinforc', 'few-shot-learn']);
	});
});

describe('tokenize', () => {
	it('keeps hyphenated compounds whole, marks stopwords and folds acronym plurals', () => {
		const tokens = tokenize('We propose in-context RL for LLMs and an LLM.');
		expect(tokens.map((t) => [t.word, t.stop])).toEqual([
			['we', true], ['propose', true], ['in-context', false], ['rl', false], ['for', true],
			['llm', false], ['and', true], ['an', true], ['llm', false],
		]);
	});

	// Hugging Face days of rounds 10, 27 and 36 write "4K-resolution videos", "4K 360° video", "5G".
	it('reads a number against a capital letter as one word with it, and leaves counts and units apart', () => {
		expect(tokenize('5G networks stream 4K video in 3D').map((t) => [t.word, t.stop])).toEqual([
			['5g', false], ['networks', false], ['stream', false], ['4k', false], ['video', false], ['in', true], ['3d', false],
		]);
		expect(tokenize('19x faster at 30m, Qwen2.5-7B').map((t) => t.word)).toEqual(['x', 'faster', 'at', 'm', 'qwen2', 'b']);
	});

	it('records character offsets into the original text and skips URLs', () => {
		const text = 'See https://github.com/x/y for Reptile.';
		const tokens = tokenize(text);
		expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['See', 'for', 'Reptile']);
	});
});

describe('nextWord', () => {
	const words = (text: string) => {
		const found: string[] = [];
		const span = { start: 0, end: 0 };
		for (let at = 0; nextWord(text, at, span); at = span.end) found.push(`${span.start}:${text.slice(span.start, span.end)}`);
		return found;
	};
	const matched = (text: string) => allMatches(text, WORD).map((m) => `${m.index}:${m[0]}`);

	it('reads words with inner apostrophes and hyphens, and letters beyond ASCII', () => {
		expect(words("A model's zero-shot- -x 3D réseau 𝑥2 ’tis")).toEqual(['0:A', "2:model's", '10:zero-shot', '22:x', '24:3D', '27:réseau', '34:𝑥2', '39:tis']);
	});

	it('finds what WORD matches, on any text', () => {
		const part = fc.constantFrom('a', 'Z', 'é', 'ß', 'Ω', '中', '2', '٣', 'Ⅻ', '½', '𝑥', '𝟘', '😀', '\ud835', '\udc65', "'", '’', '-', ' ', '.', ',', '\u0301', '_', '\u00a0');
		fc.assert(
			fc.property(fc.array(part, { maxLength: 16 }), (parts) => {
				const text = parts.join('');
				expect(words(text)).toEqual(matched(text));
			}),
			{ numRuns: 2000 },
		);
	});
});
