import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { typeReleaseSiblings } from './release-siblings.ts';
import type { Candidate } from './resolve-mentions.ts';

const candidate = (name: string, type: Candidate['type'], role: Candidate['role'] = 'introduced'): Candidate => ({ type, name, role, forms: new Set([name]), priority: 1 });
const typed = (...list: Candidate[]) => {
	typeReleaseSiblings(list);
	return list.map((c) => `${c.name}:${c.type}`);
};

describe('typeReleaseSiblings', () => {
	it('types an introduced release of a model family as a model', () => {
		expect(typed(candidate('NovaMind-2.1', 'model'), candidate('NovaMind-K2', 'method'), candidate('NovaMind-2.1-Pro', 'method'))).toEqual(['NovaMind-2.1:model', 'NovaMind-K2:model', 'NovaMind-2.1-Pro:model']);
	});

	it('leaves siblings named by another kind of word, used names, and families with no model', () => {
		expect(typed(candidate('NovaMind-2.1', 'model'), candidate('NovaMind-Bench', 'dataset'), candidate('NovaMind-RL', 'method'), candidate('NovaMind-3', 'method', 'used'))).toEqual([
			'NovaMind-2.1:model',
			'NovaMind-Bench:dataset',
			'NovaMind-RL:method',
			'NovaMind-3:method',
		]);
		expect(typed(candidate('NovaMind-2.1', 'method'), candidate('NovaMind-K2', 'method'))).toEqual(['NovaMind-2.1:method', 'NovaMind-K2:method']);
	});
});

describe('release siblings in extractEntities', () => {
	it('types every release of the family the abstract releases as models', () => {
		const abstract = 'We present NovaMind-2.1, a new research agent. We further introduce NovaMind-K2, which verifies its steps. We also release NovaMind-2.1 and NovaMind-2.1-mini as open-source models.';
		expect(extractEntities('NovaMind-2.1 & K2: research agents', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}`)).toEqual(['NovaMind-2.1:model', 'NovaMind-K2:model', 'NovaMind-2.1-mini:model']);
	});
});
