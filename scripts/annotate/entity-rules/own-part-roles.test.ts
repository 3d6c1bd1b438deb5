import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { markOwnParts } from './own-part-roles.ts';
import type { Candidate } from './resolve-mentions.ts';

const candidate = (name: string, role: Candidate['role'] = 'used'): Candidate => ({ type: 'method', name, role, forms: new Set([name]), priority: 1 });

describe('markOwnParts', () => {
	it('marks introduced a used name an own-part rule claims, and no other', () => {
		const candidates = [candidate('Foo-o', 'introduced'), candidate('MoD'), candidate('DPG')];
		markOwnParts(candidates, entityContext('We present Foo-o. Foo-o is built on a Mixture of Diffusion (MoD) framework, tested on DPG.', {}, 'Foo-o: a model'));
		expect(candidates.map((c) => `${c.name}/${c.role}`)).toEqual(['Foo-o/introduced', 'MoD/introduced', 'DPG/used']);
	});

	it('runs the rules it is given', () => {
		const candidates = [candidate('XZZX code')];
		markOwnParts(candidates, entityContext('We show the XZZX code is good.', {}, 'The XZZX surface code'), []);
		expect(candidates[0]!.role).toBe('used');
		markOwnParts(candidates, entityContext('We show the XZZX code is good.', {}, 'The XZZX surface code'));
		expect(candidates[0]!.role).toBe('introduced');
	});
});
