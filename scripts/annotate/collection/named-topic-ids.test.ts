import { describe, expect, it } from 'vitest';
import { namedTopicId } from './named-topic-ids.ts';

describe('namedTopicId', () => {
	it('takes the id from the title the page shows, keeping the keyphrase\'s slug as a former id', () => {
		const reserved = new Set<string>();
		expect(namedTopicId('world model', 'World models', reserved)).toEqual({ id: 'world-models', formerIds: ['world-model'] });
		expect([...reserved].sort()).toEqual(['world-model', 'world-models']);
	});

	it('gives no former id when the title and the keyphrase make one slug', () => {
		expect(namedTopicId('Reward Model', 'Reward model', new Set())).toEqual({ id: 'reward-model' });
	});

	it('suffixes a taken id, and gives no former id that is another topic\'s', () => {
		const reserved = new Set(['neural-networks', 'neural-network']);
		expect(namedTopicId('neural network', 'Neural networks', reserved)).toEqual({ id: 'neural-networks-2' });
	});
});
