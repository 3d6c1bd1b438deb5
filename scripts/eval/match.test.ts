import { describe, expect, it } from 'vitest';
import { foldPlural, normalise, overlaps, ratio, sameName } from './match.ts';

describe('normalise', () => {
	it('ignores case, runs of whitespace and surrounding punctuation', () => {
		expect(normalise('  Llama 3.1\n70B ')).toBe('llama 3.1 70b');
		expect(normalise('“GZ:3D”')).toBe('gz:3d');
	});
	it('makes typographic dashes plain and a LaTeX tie a space', () => {
		expect(normalise('10−5')).toBe(normalise('10-5'));
		expect(normalise('Temporal Difference~(TD) Learning')).toBe('temporal difference (td) learning');
	});
});

describe('sameName', () => {
	it('matches a name written in another case', () => {
		expect(sameName('Waffle', ['WAFFLE'])).toBe(true);
	});
	it('rejects a name cut short or run long', () => {
		expect(sameName('Qwen2', ['Qwen2-Math'])).toBe(false);
		expect(sameName('ReachQA dataset', ['ReachQA'])).toBe(false);
	});
	it('never matches an empty name', () => {
		expect(sameName('  ', [''])).toBe(false);
	});
});

describe('foldPlural', () => {
	it('folds plural endings word by word but leaves -ss, -us and -is words alone', () => {
		expect(foldPlural('Diffusion Models')).toBe('diffusion model');
		expect(foldPlural('analysis of class corpus')).toBe('analysis of class corpus');
	});
});

describe('overlaps and ratio', () => {
	it('treats spans as half-open', () => {
		expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
		expect(overlaps({ start: 0, end: 4 }, { start: 3, end: 5 })).toBe(true);
	});
	it('returns null for an empty denominator', () => {
		expect(ratio(0, 0)).toBeNull();
		expect(ratio(1, 4)).toBe(0.25);
	});
});
