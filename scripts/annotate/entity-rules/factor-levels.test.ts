import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { factorLevels } from './factor-levels.ts';

const names = (abstract: string) => extractEntities('A feeding trial', abstract, emptyLexicons()).map((e) => e.name);

describe('factorLevels', () => {
	it('reads one-word levels before the noun they share', () => {
		expect([...factorLevels('Ewes were fed diets of either low (LP) or high (HP) protein content.')]).toEqual(['LP', 'HP']);
		expect([...factorLevels('Rations were formulated to 14% (LF) and 19% (HF) fibre.')]).toEqual(['LF', 'HF']);
	});

	it('reads alternatives whose descriptions end in one head noun', () => {
		expect([...factorLevels('Pigs received cracked barley (CB) or steam-flaked barley (SFB) as the cereal.')]).toEqual(['CB', 'SFB']);
	});

	it('leaves named work joined in a list', () => {
		expect([...factorLevels('We train with proximal policy optimization (PPO) and soft actor-critic (SAC) agents.')]).toEqual([]);
		expect([...factorLevels('We compare graph attention (GAT) or gated recurrent (GRU) encoders.')]).toEqual([]);
	});
});

describe('factor levels in extractEntities', () => {
	it('drops the treatments a trial abbreviates, however a rule found them', () => {
		const abstract =
			'Ewes were fed diets of either low (LP) or high (HP) protein content with cracked barley (CB) or steam-flaked barley (SFB). ' +
			'Intake was greater for HP compared with LP and for SFB compared with CB.';
		expect(names(abstract)).toEqual([]);
	});
});
