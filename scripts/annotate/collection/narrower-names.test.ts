import { describe, expect, it } from 'vitest';
import { namesNarrower } from './narrower-names.ts';
import { nameTopicsByKeyphrases } from './topic-keyphrase-names.ts';

const llm = new Map([['llm', new Set(['large language model'])]]);

describe('namesNarrower', () => {
	it('reads a longer phrase, or an acronym the papers define, ending with the name as a kind of it', () => {
		expect(namesNarrower('large language models', 'Language models', new Map())).toBe(true);
		expect(namesNarrower('LLMs', 'Language models', llm)).toBe(true);
	});

	it('never takes a one-word phrase, an undefined acronym or a shared head for a kind', () => {
		expect(namesNarrower('models', 'Language models', new Map())).toBe(false);
		expect(namesNarrower('LLMs', 'Language models', new Map())).toBe(false);
		expect(namesNarrower('large multimodal models', 'Language models', new Map())).toBe(false);
	});
});

describe('narrower keyphrases in nameTopicsByKeyphrases', () => {
	const derived = (id: string) => ({ id, title: id, description: '', derived: true });

	it('lets a paper that only writes the acronym join the topic, not "Other papers"', () => {
		const { paperTopics } = nameTopicsByKeyphrases(
			[derived('a'), derived('b')],
			[[{ id: 'a', derived: true }], [{ id: 'a', derived: true }], [{ id: 'b', derived: true }]],
			[['language models'], ['language models'], ['LLMs', 'reward modeling']],
			['Language models reason.', 'Language models plan.', 'Reward modeling for LLMs.'],
			[],
			llm,
		);
		expect(paperTopics.map((list) => list.map((t) => t.id))).toEqual([['language-models'], ['language-models'], ['language-models']]);
	});
});
