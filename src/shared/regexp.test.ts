import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp.ts';

describe('escapeRegExp', () => {
	it('makes every syntax character match itself', () => {
		const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
		const match = new RegExp(`^${escapeRegExp(text)}$`).exec(text);
		expect(match?.[0]).toBe(text);
		expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
	});

	it('works under the u flag, with hyphens and slashes left as they are', () => {
		const text = 'GPT-3.5 (turbo)/v2';
		expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
		expect(escapeRegExp('GPT-4o')).toBe('GPT-4o');
	});
});
