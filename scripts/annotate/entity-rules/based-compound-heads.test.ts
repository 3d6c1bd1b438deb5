import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isBasedCompoundHead } from './based-compound-heads.ts';

describe('isBasedCompoundHead', () => {
	it('reads a name headed by a kind after a "-based" modifier as the head of another thing', () => {
		expect(isBasedCompoundHead('we design a bidding-based market model for fog nodes', 26, 'market model')).toBe(true);
	});

	it('leaves the name alone, and a name with a head of its own', () => {
		expect(isBasedCompoundHead('returns beyond the market model were summed', 19, 'market model')).toBe(false);
		expect(isBasedCompoundHead('a tree-based random forest', 13, 'random forest')).toBe(false);
	});
});

describe('based compound heads in extractEntities', () => {
	const lexicons = parseLexicons([{ file: 'methods.yaml', text: '- name: market model\n' }]);
	const names = (abstract: string) => extractEntities('Pricing compute', abstract, lexicons).map((e) => e.name);

	it('takes no lexicon name out of a "-based" compound', () => {
		expect(names('We design a bidding-based market model for fog nodes.')).toEqual([]);
		expect(names('Abnormal returns beyond the market model were summed.')).toEqual(['market model']);
	});
});
