import { describe, expect, it } from 'vitest';
import { checkSiteEnv } from './site-env.ts';

describe('checkSiteEnv', () => {
	it('passes the GitHub Pages settings through', () => {
		expect(checkSiteEnv({ SITE_URL: 'https://me.github.io', BASE_PATH: '/repo/' })).toEqual({ siteUrl: 'https://me.github.io', basePath: '/repo/', notes: [] });
	});

	it('defaults to the root path and no site URL', () => {
		expect(checkSiteEnv({})).toEqual({ siteUrl: undefined, basePath: '/', notes: [] });
		expect(checkSiteEnv({ SITE_URL: '', BASE_PATH: '' })).toEqual({ siteUrl: undefined, basePath: '/', notes: [] });
	});

	it('adds the trailing slash a base path needs', () => {
		expect(checkSiteEnv({ BASE_PATH: '/repo' }).basePath).toBe('/repo/');
	});

	it('uses the path of SITE_URL as the base path when BASE_PATH is unset, and says so', () => {
		expect(checkSiteEnv({ SITE_URL: 'https://me.github.io/notes' })).toEqual({
			siteUrl: 'https://me.github.io',
			basePath: '/notes/',
			notes: ['SITE_URL has the path /notes/; it is used as the base path (BASE_PATH is unset).'],
		});
	});

	it('says when the path of SITE_URL is dropped for BASE_PATH', () => {
		expect(checkSiteEnv({ SITE_URL: 'https://me.github.io/old/', BASE_PATH: '/new/' }).notes).toEqual([
			'SITE_URL has the path /old/, which is dropped: BASE_PATH=/new/ is the base path.',
		]);
		expect(checkSiteEnv({ SITE_URL: 'https://me.github.io/same/', BASE_PATH: '/same/' }).notes).toEqual([]);
	});

	it.each([
		[{ SITE_URL: 'notaurl' }, 'SITE_URL=notaurl: not a URL; expected an absolute http(s) URL'],
		[{ SITE_URL: 'ftp://me.example' }, 'SITE_URL=ftp://me.example: expected an http or https URL, not ftp:'],
		[{ SITE_URL: 'https://me.github.io/?x=1' }, 'must not hold a user name, password, query or fragment'],
		[{ BASE_PATH: 'https://me.github.io/repo/' }, 'BASE_PATH=https://me.github.io/repo/: is a URL; give only its path'],
		[{ BASE_PATH: 'repo/' }, 'BASE_PATH=repo/: must start with a single "/"'],
		[{ BASE_PATH: '//cdn.example/' }, 'must start with a single "/"'],
		[{ BASE_PATH: '/a b/' }, 'must not hold'],
		[{ BASE_PATH: '/a/../b/' }, 'must not hold "." or ".." segments'],
	])('refuses %j, naming the variable', (env, message) => {
		expect(() => checkSiteEnv(env)).toThrow(message);
	});
});
