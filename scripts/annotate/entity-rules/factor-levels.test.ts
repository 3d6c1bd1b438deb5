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

	it('reads a group defined with its size', () => {
		expect([...factorLevels('Swimmers were grouped as under 13 (U13; n = 18) and under 16 (U16, n=21) athletes.')]).toEqual(['U13', 'U16']);
		expect([...factorLevels('We fine-tune the model (GPT; see below) on n = 5 tasks.')]).toEqual([]);
	});

	it('reads abbreviations the text calls conditions of the experiment', () => {
		const rooms = 'Participants sat in rooms with warm light (WL), cool light (CL) and daylight (D). Unlike the WL condition, the CL and D conditions raised alertness.';
		expect([...factorLevels(rooms)].sort()).toEqual(['CL', 'D', 'WL']);
		// a condition the text never abbreviates in brackets is no level of its
		expect([...factorLevels('The GPT-4 condition was rated higher.')]).toEqual([]);
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

	it('drops the groups a study abbreviates with their sizes, even when compared', () => {
		const abstract =
			'Rowers were grouped as under 14 (U14; n = 20) and under 18 (U18; n = 22) athletes. ' +
			'A slower rowing time was observed in U14 as compared to U18 (p < 0.05).';
		expect(names(abstract)).toEqual([]);
	});
});
