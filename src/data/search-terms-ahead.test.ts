import { describe, expect, it, onTestFinished } from 'vitest';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';
import { makeTermsAhead, offerTermsAhead, papersDigest, takeTermsAhead } from './search-terms-ahead.ts';

const papers = [
	{ title: 'Reptile Runner', abstract: 'Meta learning for runners.', entities: [{ name: 'Proximal Policy Optimization' }] },
	{ title: 'Another paper', abstract: 'Learning to walk.', entities: [] },
];
const digests = [
	['runner', 'aaa'],
	['other', 'bbb'],
] as const;

describe('search terms made ahead', () => {
	it('is the route\'s own script, offered only for the same paper ids and record digests', () => {
		onTestFinished(() => offerTermsAhead({ papers: '', script: '' }));
		const terms = makeTermsAhead(papers, digests);
		expect(terms.script).toBe(renderTermsScript(buildTermDictionary(papers)));
		expect(takeTermsAhead(digests)).toBeUndefined();
		offerTermsAhead(terms);
		// In any order.
		expect(takeTermsAhead([...digests].reverse())).toBe(terms.script);
		// A record that changed, a paper more or less: the route counts the words itself.
		expect(takeTermsAhead([['runner', 'aaa'], ['other', 'ccc']])).toBeUndefined();
		expect(takeTermsAhead([['runner', 'aaa']])).toBeUndefined();
		expect(takeTermsAhead([...digests, ['third', 'ddd']])).toBeUndefined();
	});

	it('digests ids and digests so that no two collections write the same text', () => {
		expect(papersDigest([['a', 'bc']])).not.toBe(papersDigest([['ab', 'c']]));
		expect(papersDigest([['a', 'b'], ['c', 'd']])).not.toBe(papersDigest([['a', 'd'], ['c', 'b']]));
	});
});
