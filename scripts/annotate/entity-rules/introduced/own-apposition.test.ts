import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('ownApposition, a name of capitalised words', () => {
	it('takes two capitalised words a verb of making sets in apposition to a kind as the paper\'s own', () => {
		expect(names('To train at low precision, we introduce Weight Tying, a regularisation technique that shares the scales of layers.')).toEqual([
			'Weight Tying:method:introduced',
		]);
	});

	it('leaves capitalised words after a verb of use, and a kind called popular', () => {
		expect(names('We evaluate Weight Tying, a regularisation technique from earlier work. We also propose Weight Tying, a popular technique.')).toEqual([]);
	});
});
