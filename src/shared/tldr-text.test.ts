import { describe, expect, it } from 'vitest';
import { tldrText } from './tldr-text.ts';

describe('tldrText', () => {
	it('capitalises a lower-case first word, the span text untouched', () => {
		const span = { start: 17, end: 30, text: 'we propose X.' };
		expect(tldrText(span)).toBe('We propose X.');
		expect(span.text).toBe('we propose X.');
	});

	it('keeps a first word with capitals or digits as written', () => {
		expect(tldrText({ text: 'pLM embeddings predict conservation.' })).toBe('pLM embeddings predict conservation.');
		expect(tldrText({ text: 'iPhone apps are studied.' })).toBe('iPhone apps are studied.');
		expect(tldrText({ text: 'We propose X.' })).toBe('We propose X.');
	});

	it('capitalises a lower-case word before a comma or at the end', () => {
		expect(tldrText({ text: 'inspired by Y, we propose X.' })).toBe('Inspired by Y, we propose X.');
		expect(tldrText({ text: 'this' })).toBe('This');
	});
});
