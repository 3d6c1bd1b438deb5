import { describe, expect, it } from 'vitest';
import type { GoldEntity } from './gold.ts';
import { scoreEntities, type PredictedEntity } from './score-entities.ts';

const gold: GoldEntity[] = [
	{ name: 'Code-as-Intermediary Translation', aliases: ['CIT'], types: ['method'], role: 'introduced' },
	{ name: 'ReachQA', aliases: [], types: ['dataset'], role: 'introduced' },
	{ name: 'Taipan', aliases: [], types: ['model', 'method'], role: 'introduced' },
];

describe('scoreEntities', () => {
	it('counts matches by name or alias, and type and role separately', () => {
		const predicted: PredictedEntity[] = [
			{ name: 'CIT', type: 'method', role: 'introduced' },
			{ name: 'ReachQA', type: 'method', role: 'used' },
			{ name: 'Taipan', type: 'method', role: 'introduced' },
		];
		const score = scoreEntities(predicted, gold, []);
		expect(score).toMatchObject({ predicted: 3, gold: 3, matched: 3, typeRight: 2, roleRight: 2, typeRoleRight: 2 });
		expect(score.mislabelled).toEqual(['ReachQA: method/used, gold dataset/introduced']);
	});

	it('matches through a mention text when the display name differs', () => {
		const score = scoreEntities([{ name: 'Code as intermediary', type: 'method', role: 'introduced', spans: [{ text: 'CIT' }] }], gold, []);
		expect(score.matched).toBe(1);
	});

	it('counts a name cut short as a false positive and the gold entity as missed', () => {
		const score = scoreEntities([{ name: 'Reach', type: 'dataset', role: 'introduced' }], gold, []);
		expect(score).toMatchObject({ predicted: 1, matched: 0, falsePositives: ['Reach'], missed: ['Code-as-Intermediary Translation', 'ReachQA', 'Taipan'] });
	});

	it('ignores a prediction that is only an optional name', () => {
		const score = scoreEntities([{ name: 'MLLMs', type: 'model', role: 'used' }], gold, ['MLLMs']);
		expect(score.predicted).toBe(0);
		expect(score.falsePositives).toEqual([]);
	});

	it('matches each gold entity once, so a duplicate prediction is a false positive', () => {
		const score = scoreEntities(
			[
				{ name: 'ReachQA', type: 'dataset', role: 'introduced' },
				{ name: 'reachqa', type: 'dataset', role: 'introduced' },
			],
			gold,
			[],
		);
		expect(score).toMatchObject({ predicted: 2, matched: 1, falsePositives: ['reachqa'] });
	});
});
