import { describe, expect, it } from 'vitest';
import { forLastText, titledText } from './last-text.ts';

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

describe('titledText', () => {
	it('joins the title and the abstract by a line break, and follows a new paper', () => {
		expect(titledText('Widget Nets', 'We train widget nets.')).toBe('Widget Nets\nWe train widget nets.');
		expect(titledText('Widget Nets', 'We train widget nets.')).toBe('Widget Nets\nWe train widget nets.');
		expect(titledText('Widget Nets', 'We prune widget nets.')).toBe('Widget Nets\nWe prune widget nets.');
		expect(titledText('Gadget Nets', 'We prune widget nets.')).toBe('Gadget Nets\nWe prune widget nets.');
	});

	it('gives the memories of `forLastText` the same text for the same paper, so they work it out once', () => {
		const read: string[] = [];
		const length = forLastText((text) => (read.push(text), text.length));
		const abstract = ['We train', 'widget nets.'].join(' ');
		length(titledText('Widget Nets', abstract));
		length(titledText('Widget Nets', abstract));
		expect(read).toHaveLength(1);
	});
});
