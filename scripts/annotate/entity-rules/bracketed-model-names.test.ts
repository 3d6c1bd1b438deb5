import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { bracketedModelNames } from './bracketed-model-names.ts';

const found = (abstract: string) => bracketedModelNames.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('bracketedModelNames', () => {
	it('names a release bracketed after a model\'s kind noun', () => {
		expect(found('With a capable planner agent (Orca-3.5), we write plans. A judge model (Kite2-Pro) scores them.')).toEqual(['Orca-3.5:model/used', 'Kite2-Pro:model/used']);
	});

	it('leaves an acronym, a plain word and a bracket after another noun', () => {
		expect(found('The language model (LM) and the reward model (Critic) differ; the dataset (Set-2) is small.')).toEqual([]);
	});
});
