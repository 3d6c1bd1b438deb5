import { describe, expect, it } from 'vitest';
import { forLastText } from './last-text.ts';

describe('forLastText', () => {
	it('works a text out once while the same text is asked again', () => {
		const read: string[] = [];
		const words = forLastText((text) => {
			read.push(text);
			return text.split(' ');
		});
		const first = words('a b');
		expect(words('a b')).toBe(first);
		expect(words(['a', 'b'].join(' '))).toBe(first); // an equal string, not the same one
		expect(read).toEqual(['a b']);
	});

	it('works out a new text, and the earlier one again after it', () => {
		const read: string[] = [];
		const length = forLastText((text) => {
			read.push(text);
			return text.length;
		});
		expect([length('abc'), length(''), length('abc')]).toEqual([3, 0, 3]);
		expect(read).toEqual(['abc', '', 'abc']);
	});
});
