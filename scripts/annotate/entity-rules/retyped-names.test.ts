import { describe, expect, it } from 'vitest';
import { foldRetypedNames } from './retyped-names.ts';
import type { Candidate } from './resolve-mentions.ts';

const key = (type: string, name: string) => `${type}/${name.toLowerCase()}`;
const candidate = (over: Partial<Candidate>): Candidate => ({ type: 'dataset', name: 'BUPR', role: 'used', forms: new Set(['BUPR']), priority: 1, ...over });

describe('foldRetypedNames', () => {
	it('joins two candidates the type evidence gave one type and one name', () => {
		const spelled = candidate({ forms: new Set(['BUPR', 'Built-Up Property Records']), priority: 2 });
		const folded = foldRetypedNames([spelled, candidate({ role: 'introduced' })], key);
		expect(folded).toHaveLength(1);
		expect([...folded[0]!.forms]).toEqual(['BUPR', 'Built-Up Property Records']);
		expect(folded[0]!.role).toBe('used');
	});

	it('keeps "introduced" between rules of equal strength', () => {
		const folded = foldRetypedNames([candidate({}), candidate({ role: 'introduced' })], key);
		expect(folded[0]!.role).toBe('introduced');
	});

	it('leaves one name of two types apart', () => {
		expect(foldRetypedNames([candidate({}), candidate({ type: 'method' })], key)).toHaveLength(2);
	});
});
