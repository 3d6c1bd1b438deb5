import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('coinedNameBeforeKind', () => {
	// Algorithms abstracts write the kind noun straight after a code-like name, without an article.
	it('takes an underscored or coined name followed by its kind noun as the paper\'s own', () => {
		expect(names('We present Greedy_HeapSort algorithm for the ranking problem and we bound its error. We introduce SplitRank method and we test it.')).toEqual([
			'Greedy_HeapSort:algorithm/introduced',
			'SplitRank:method/introduced',
		]);
	});

	it('leaves an ordinary word before the kind noun to other rules, not as the paper\'s own', () => {
		expect(names('We present Greedy algorithm for the ranking problem.').filter((n) => n.endsWith('/introduced'))).toEqual([]);
	});
});
