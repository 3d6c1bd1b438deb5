import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';
import { makeTermsAhead } from '../data/search-terms-ahead.ts';
import { termDictionaryKept, TERMS_FILE } from './search-terms-cache.ts';

const runner = { id: 'runner', title: 'Reptile Runner', abstract: 'Meta learning for runners.', entities: [{ name: 'Proximal Policy Optimization' }] };
const walker = { id: 'walker', title: 'Another paper', abstract: 'Learning to walk.', entities: [] };
const short = { id: 'short', title: 'On it', abstract: 'A b c.', entities: [] };

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'terms-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The script made as the indexing worker makes it, with the words kept in `dir`. */
function build(papers: (typeof runner)[], digests: Map<string, string>, salt = 'code') {
	const dictionary = termDictionaryKept(dir, salt, papers.map((paper) => ({ digest: digests.get(paper.id)!, paper })));
	return makeTermsAhead(papers, digests, dictionary).script;
}

describe('the typo dictionary\'s words kept by record digest', () => {
	it('gives the script counted from scratch, reading a kept record\'s words back instead of finding them', () => {
		const digests = new Map([['runner', 'r1'], ['walker', 'w1'], ['short', 's1']]);
		expect(build([runner, walker, short], digests)).toBe(renderTermsScript(buildTermDictionary([runner, walker, short])));
		// Under the same digest the record is the same; a different text here shows the words were read back.
		const altered = { ...walker, abstract: 'Swimming instead.' };
		expect(build([runner, altered, short], digests)).toBe(renderTermsScript(buildTermDictionary([runner, walker, short])));
	});

	it('takes off the words of a record gone and adds those of a record new, and keeps only this build\'s papers', () => {
		build([runner, walker, short], new Map([['runner', 'r1'], ['walker', 'w1'], ['short', 's1']]));
		// 'learning' goes with the changed record and comes back with the new one; 'walk' goes.
		const changed = { ...walker, abstract: 'Swimming instead.' };
		const third = { id: 'third', title: 'Swimming robots', abstract: 'Learning to swim.', entities: [] };
		const digests = new Map([['runner', 'r1'], ['walker', 'w2'], ['third', 't1']]);
		expect(build([runner, changed, third], digests)).toBe(renderTermsScript(buildTermDictionary([runner, changed, third])));
		expect(Object.keys(JSON.parse(readFileSync(join(dir, TERMS_FILE), 'utf8')).papers).sort()).toEqual(['r1', 't1', 'w2']);
		// And again from what that build kept.
		expect(build([runner, third], new Map([['runner', 'r1'], ['third', 't1']]))).toBe(renderTermsScript(buildTermDictionary([runner, third])));
	});

	it('counts afresh under another code digest or from a damaged file', () => {
		const digests = new Map([['walker', 'w1']]);
		build([walker], digests);
		const changed = { ...walker, abstract: 'Swimming instead.' };
		const fresh = renderTermsScript(buildTermDictionary([changed]));
		expect(build([changed], digests, 'other code')).toBe(fresh);
		writeFileSync(join(dir, TERMS_FILE), '{"salt":"code","papers":');
		expect(build([changed], digests)).toBe(fresh);
		writeFileSync(join(dir, TERMS_FILE), JSON.stringify({ salt: 'code', dictionary: '', papers: { w1: 7 } }));
		expect(build([changed], digests)).toBe(fresh);
	});
});
