import { describe, expect, it } from 'vitest';
import { definedAcronymStems, spellOut } from './reason-acronyms.ts';

describe('definedAcronymStems', () => {
	it('maps an acronym defined right after the words it spells to their stems, plural or not', () => {
		const defined = definedAcronymStems('Offline reinforcement learning (RL) and Markov decision processes (MDPs).');
		expect(defined.get('rl')).toEqual(['reinforc', 'learn']);
		expect(defined.get('mdp')).toEqual(['markov', 'decis', 'process']);
	});

	it('skips a bracketed acronym its words do not spell', () => {
		expect(definedAcronymStems('We built a new tool (NASA) and a planner (GRPO).').size).toBe(0);
	});
});

describe('spellOut', () => {
	it('replaces a defined acronym by its words and keeps the others', () => {
		expect(spellOut(['offlin', 'rl'], new Map([['rl', ['reinforc', 'learn']]]))).toEqual(['offlin', 'reinforc', 'learn']);
		expect(spellOut(['offlin', 'rl'], new Map())).toEqual(['offlin', 'rl']);
	});
});
