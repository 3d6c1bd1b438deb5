import { describe, expect, it } from 'vitest';
import { componentSentences } from './component-sentences.ts';

describe('componentSentences', () => {
	it('marks the parts told one a sentence after the sentence that counts them', () => {
		expect(
			componentSentences([
				'GEMS is built upon three core components.',
				'Agent Loop introduces a structured multi-agent framework.',
				'Agent Memory provides a persistent, trajectory-level memory.',
				'Agent Skill offers an extensible collection of expertise.',
				'Across five tasks, GEMS achieves significant gains.',
			]),
		).toEqual([false, true, true, true, false]);
	});

	it('marks no more parts than were counted, and none that a capitalised name does not open', () => {
		expect(componentSentences(['The system has two main modules.', 'Planner Agent decomposes the task.', 'Coder Agent writes code.', 'Critic Agent checks it.'])).toEqual([
			false,
			true,
			true,
			false,
		]);
		expect(componentSentences(['Our training recipe consists of two stages.', 'The first stage warms up the model.', 'We then apply RL.'])).toEqual([false, false, false]);
	});

	it('leaves a count closed by a colon to the list items', () => {
		expect(componentSentences(['It has two parts: (a) a reader.', 'Writer Module stores it.'])).toEqual([false, false]);
	});
});
