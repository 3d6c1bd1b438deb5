import { describe, expect, it } from 'vitest';
import { joinNamedTopics } from './named-topic-members.ts';
import { phraseCarriers } from './phrase-carriers.ts';

// unseen-round38-serverless-machine-learning.csv (scripts/eval/listings/SOURCES.md): six papers write "serverless
// computing" in their titles, and the topic "Serverless computing" listed three.
describe('joinNamedTopics', () => {
	const names = [
		{ id: 'serverless-computing', form: 'serverless computing' },
		{ id: 'cloud-resources', form: 'cloud resource' },
		{ id: 'generalized-linear-model', form: 'generalized linear model' },
	];
	const keyphrases = [
		['serverless computing', 'SLA framework'],
		['autoscaling mechanisms', 'serverless computing platforms', 'cloud resources'],
		['cloud service selection'],
		['serverless computing'],
		['fuelwood collection', 'Generalised Linear Model'],
		['serverless computing'],
		['serverless computing'],
	];
	const texts = keyphrases.map((list) => `${list.join('. ')}. We study serverless computing.`);
	const carriers = phraseCarriers(keyphrases, texts);
	const d = (id: string) => ({ id, derived: true });

	it('adds a topic to a paper of derived topics that has its name among its keyphrases, in the order of naming', () => {
		const joined = joinNamedTopics([[d('serverless-computing')], [d('autoscaling')], [d('cloud-computing')], [d('x')], [d('forests')], [d('other-papers')], [{ id: 'rl', derived: false }]], names, carriers, 3, 'other-papers');
		expect(joined.map((list) => list.map((t) => t.id))).toEqual([
			['serverless-computing'],
			// "serverless computing platforms" ends in no topic's name: only its "cloud resources" joins.
			['autoscaling', 'cloud-resources'],
			// It writes "serverless computing" but has no such keyphrase.
			['cloud-computing'],
			['x', 'serverless-computing'],
			// British "-ise" against the name's "-ize".
			['forests', 'generalized-linear-model'],
			// "Other papers" and a taxonomy topic's papers stay as they are.
			['other-papers'],
			['rl'],
		]);
	});

	it('adds no topic past the most a paper holds', () => {
		const full = [d('a'), d('b'), d('c')];
		expect(joinNamedTopics([[d('s')], [d('a'), d('b'), d('c')], [], [d('a'), d('b')], [], [], []], names, carriers, 3, 'other-papers')[3]).toEqual([d('a'), d('b'), d('serverless-computing')]);
		expect(joinNamedTopics([full, full, full, full, full, full, full], names, carriers, 3, 'other-papers')).toEqual([full, full, full, full, full, full, full]);
	});
});
