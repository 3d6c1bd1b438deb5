import { describe, expect, it } from 'vitest';
import { absoluteUrl, baseRoot, entityCsvPath, entityKey, entityPath, glossaryAnchor, glossaryPath, joinBase, paperPath, withBase } from './urls.ts';

describe('baseRoot', () => {
	it('gives the base exactly one trailing slash', () => {
		expect(baseRoot('/paperfold')).toBe('/paperfold/');
		expect(baseRoot('/paperfold/')).toBe('/paperfold/');
		expect(baseRoot('/paperfold//')).toBe('/paperfold/');
		expect(baseRoot('/')).toBe('/');
		expect(baseRoot('')).toBe('/');
	});
});

describe('joinBase', () => {
	it('joins a base with or without a trailing slash to a root-relative path', () => {
		expect(joinBase('/paperfold/', '/papers/x/')).toBe('/paperfold/papers/x/');
		expect(joinBase('/paperfold', '/papers/x/')).toBe('/paperfold/papers/x/');
		expect(joinBase('/', '/topics/')).toBe('/topics/');
		expect(joinBase('/paperfold/', '/')).toBe('/paperfold/');
	});
});

describe('withBase', () => {
	it('prefixes root-relative links, with or without a trailing slash on the base', () => {
		expect(withBase('/entities/method/icpl/', '/paperfold/')).toBe('/paperfold/entities/method/icpl/');
		expect(withBase('/entities/method/icpl/', '/paperfold')).toBe('/paperfold/entities/method/icpl/');
	});
	it('leaves absolute, protocol-relative, relative and fragment links alone', () => {
		for (const href of ['https://github.com/s4nyam/RAMario', '//cdn.example/x', 'x/y', '../x', '#abstract', '?q=1', 'mailto:a@b.c']) {
			expect(withBase(href, '/paperfold/')).toBe(href);
		}
	});
	it('changes nothing when the base is the root', () => {
		expect(withBase('/entities/x/', '/')).toBe('/entities/x/');
	});
	it('does not prefix a link already under the base, nor the base itself without its slash', () => {
		expect(withBase('/paperfold/topics/', '/paperfold/')).toBe('/paperfold/topics/');
		expect(withBase('/paperfold', '/paperfold/')).toBe('/paperfold');
		expect(withBase('/paperfold?q=1', '/paperfold/')).toBe('/paperfold?q=1');
		expect(withBase('/paperfold#top', '/paperfold')).toBe('/paperfold#top');
	});
	it('prefixes a path that only starts with the same letters as the base', () => {
		expect(withBase('/paperfoldx/', '/paperfold/')).toBe('/paperfold/paperfoldx/');
	});
	it('is idempotent', () => {
		for (const href of ['/papers/x/', '/paperfold', '/', '/paperfold/']) {
			expect(withBase(withBase(href, '/paperfold/'), '/paperfold/')).toBe(withBase(href, '/paperfold/'));
		}
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

describe('entityKey', () => {
	it('joins type and id the way claims name entities', () => {
		expect(entityKey('algorithm', 'ppo')).toBe('algorithm/ppo');
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

describe('glossaryPath', () => {
	it('links the glossary page or an acronym on it', () => {
		expect(glossaryPath()).toBe('/glossary/');
		expect(glossaryPath('A/B test')).toBe('/glossary/#acronym-A-B-test');
	});
});
