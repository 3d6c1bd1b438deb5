import { describe, expect, it } from 'vitest';
import { absoluteUrl, entityCsvPath, entityPath, glossaryAnchor, joinBase, paperPath, withBase } from './urls.ts';

describe('joinBase', () => {
	it('joins a base with or without a trailing slash to a root-relative path', () => {
		expect(joinBase('/paperfold/', '/papers/x/')).toBe('/paperfold/papers/x/');
		expect(joinBase('/paperfold', '/papers/x/')).toBe('/paperfold/papers/x/');
		expect(joinBase('/', '/topics/')).toBe('/topics/');
		expect(joinBase('/paperfold/', '/')).toBe('/paperfold/');
	});
});

describe('withBase', () => {
	it('prefixes root-relative links from rendered content', () => {
		expect(withBase('/entities/method/icpl/', '/paperfold/')).toBe('/paperfold/entities/method/icpl/');
	});
	it('leaves external, protocol-relative, fragment and already-based links alone', () => {
		expect(withBase('https://github.com/s4nyam/RAMario', '/paperfold/')).toBe('https://github.com/s4nyam/RAMario');
		expect(withBase('//cdn.example/x', '/paperfold/')).toBe('//cdn.example/x');
		expect(withBase('#abstract', '/paperfold/')).toBe('#abstract');
		expect(withBase('/paperfold/topics/', '/paperfold/')).toBe('/paperfold/topics/');
	});
});

describe('route paths', () => {
	it('end in a slash and encode their segments', () => {
		expect(paperPath('ramario')).toBe('/papers/ramario/');
		expect(entityPath('model', 'gpt-3-5')).toBe('/entities/model/gpt-3-5/');
		expect(entityPath('method', 'a b')).toBe('/entities/method/a%20b/');
		expect(entityCsvPath('dataset', 'gsm8k')).toBe('/entities/dataset/gsm8k/claims.csv');
	});
});

describe('absoluteUrl', () => {
	it('resolves a based path against the site origin', () => {
		expect(absoluteUrl('https://user.github.io', '/paperfold/papers/x/')).toBe('https://user.github.io/paperfold/papers/x/');
		expect(absoluteUrl(undefined, '/x/')).toBe('/x/');
	});
});

describe('glossaryAnchor', () => {
	it('keeps letters and digits, joining the rest with hyphens', () => {
		expect(glossaryAnchor('RLHF')).toBe('acronym-RLHF');
		expect(glossaryAnchor('Meta-DT')).toBe('acronym-Meta-DT');
		expect(glossaryAnchor('A/B test')).toBe('acronym-A-B-test');
	});
});
