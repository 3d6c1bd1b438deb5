import { describe, expect, it } from 'vitest';
import { entityContext } from '../../testing/entity-context.ts';
import { bracketedOwnVariants } from './bracketed-own-variants.ts';
import { hit } from './name-rule.ts';

const find = (abstract: string, own: string[]) =>
	bracketedOwnVariants.scope === 'paper' ? bracketedOwnVariants.find(entityContext(abstract), own.map((name) => hit(name))).map((h) => `${h.name}/${h.type}`) : [];

describe('bracketedOwnVariants', () => {
	it('takes a bracketed name built on the introduced name, a model after a network noun', () => {
		const abstract = 'We present RGM 2.0. We train a 17B diffusion transformer (Base RGM) and distill it into a streaming generator (Online RGM). A planner (RGM Planner) picks poses.';
		expect(find(abstract, ['RGM 2.0'])).toEqual(['Base RGM/model', 'Online RGM/model', 'RGM Planner/method']);
	});

	it('leaves bracketed names without the introduced name, and an abstract that introduces none', () => {
		expect(find('We train a transformer (Base Model) and compare it with BERT (Devlin Et Al).', ['RGM'])).toEqual([]);
		expect(find('We train a transformer (Base RGM).', [])).toEqual([]);
	});
});
