import { describe, expect, it } from 'vitest';
import { rootPrefix, toFileHref } from './file-links.ts';

describe('rootPrefix', () => {
	it('climbs one level per folder below the base', () => {
		expect(rootPrefix('/paperfold/', '/paperfold/')).toBe('./');
		expect(rootPrefix('/paperfold/search/', '/paperfold/')).toBe('../');
		expect(rootPrefix('/paperfold/papers/ramario/', '/paperfold/')).toBe('../../');
		expect(rootPrefix('/entities/method/icpl/', '/')).toBe('../../../');
	});

	it('treats the 404 page as living at the root', () => {
		expect(rootPrefix('/paperfold/404/', '/paperfold/')).toBe('./');
		expect(rootPrefix('/404.html', '/')).toBe('./');
	});
});

describe('toFileHref', () => {
	it('makes folder links relative and ending in index.html', () => {
		expect(toFileHref('/paperfold/papers/x/', '/paperfold/', '../../')).toBe('../../papers/x/index.html');
		expect(toFileHref('/paperfold/', '/paperfold/', '../')).toBe('../index.html');
		expect(toFileHref('/paperfold', '/paperfold/', './')).toBe('./index.html');
	});

	it('keeps files, queries and fragments', () => {
		expect(toFileHref('/paperfold/feed.xml', '/paperfold/', './')).toBe('./feed.xml');
		expect(toFileHref('/paperfold/search/?q=a#r', '/paperfold/', '../')).toBe('../search/index.html?q=a#r');
	});

	it('adds index.html to folder links relative to the page, keeping files as they are', () => {
		expect(toFileHref('../other/', '/paperfold/', '../../')).toBe('../other/index.html');
		expect(toFileHref('./#cite', '/', '../')).toBe('./index.html#cite');
		expect(toFileHref('../../favicon.svg', '/paperfold/', '../../')).toBe('../../favicon.svg');
		expect(toFileHref('mailto:a@b.org', '/', './')).toBeNull();
	});

	it('leaves external, protocol-relative, fragment and other-base links alone', () => {
		expect(toFileHref('https://github.com/x', '/paperfold/', './')).toBeNull();
		expect(toFileHref('//cdn.example/x', '/', './')).toBeNull();
		expect(toFileHref('#top', '/paperfold/', './')).toBeNull();
		expect(toFileHref('/other/x/', '/paperfold/', './')).toBeNull();
	});
});
