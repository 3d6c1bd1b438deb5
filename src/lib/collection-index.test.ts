import { describe, expect, it } from 'vitest';
import { buildCollectionIndex, coMentioned } from './collection-index.ts';
import { cotMax, nlu, papers, ramario, topics, undated } from './fixtures/papers.ts';

const index = buildCollectionIndex(papers, topics);
const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe('buildCollectionIndex', () => {
	it('orders papers newest first, undated last', () => {
		expect(ids(index.papers)).toEqual(['nlu', 'cot-max', 'ramario', 'undated']);
	});

	it('lists each topic with its papers newest first, largest first, derived last, keeping empty topics', () => {
		expect(index.topics.map((t) => t.topic.id)).toEqual(['meta-rl', 'rl-for-language-tasks', 'empty', 'games']);
		expect(ids(index.topicById.get('meta-rl')!.papers)).toEqual(['nlu', 'cot-max', 'ramario']);
		expect(ids(index.topicById.get('games')!.papers)).toEqual(['ramario', 'undated']);
		expect(index.topicById.get('empty')!.papers).toEqual([]);
	});

	it('lists "Other papers" last, however many papers it holds', () => {
		const other = { id: 'other-papers', title: 'Other papers', description: 'Ungrouped.', derived: true, ungrouped: true } as const;
		const spread = papers.map((paper) => ({ ...paper, topics: [{ id: 'other-papers', derived: true }] }));
		const withOther = buildCollectionIndex([...papers, ...spread.map((paper) => ({ ...paper, id: `${paper.id}-2` }))], [other, ...topics]);
		expect(withOther.topicById.get('other-papers')!.papers.length).toBeGreaterThan(withOther.topics[0]!.papers.length);
		expect(withOther.topics.at(-1)!.topic.id).toBe('other-papers');
	});

	it('gives a topic named by a paper but missing from the topics file a record of its own', () => {
		const lone = { ...undated, id: 'lone', topics: [{ id: 'unlisted', derived: false }] };
		const withUnlisted = buildCollectionIndex([...papers, lone], topics);
		expect(withUnlisted.topicById.get('unlisted')?.topic.title).toBe('unlisted');
		expect(ids(withUnlisted.topicById.get('unlisted')!.papers)).toEqual(['lone']);
	});

	it('collects each entity once with every paper mentioning it and the claims about it', () => {
		const ppo = index.entities.get('algorithm/ppo')!;
		expect(ids(ppo.papers.map((p) => p.paper))).toEqual(['nlu', 'ramario']);
		expect(ppo.claims.map((c) => c.claim.value.text)).toEqual(['6.3 points', '~1732']);
		expect(index.entities.get('dataset/glue')!.claims).toHaveLength(1);
		expect(index.entities.get('method/ramario')!.papers[0]!.role).toBe('introduced');
	});

	it('names an entity by its most common spelling, ties alphabetically', () => {
		expect(index.entities.get('model/llama2-7b')!.name).toBe('LLAMA2-7B');
	});

	it('groups entities by type, most-mentioned first', () => {
		expect(index.entitiesByType.algorithm.map((e) => e.id)).toEqual(['ppo', 'dqn']);
		expect(index.entitiesByType.method.map((e) => e.id)).toEqual(['cot-max', 'ramario']);
		expect(index.entitiesByType.dataset.map((e) => e.id)).toEqual(['glue', 'gsm8k']);
	});

	it('merges acronym definitions that differ only in case', () => {
		const ppo = index.glossary.find((g) => g.short === 'PPO')!;
		expect(ppo.definitions).toHaveLength(1);
		expect(ppo.definitions[0]!.long).toBe('Proximal Policy Optimization');
		expect(ids(ppo.definitions[0]!.papers)).toEqual(['nlu', 'ramario']);
		expect(index.glossary.map((g) => g.short)).toEqual(['DQN', 'PPO']);
	});

	it('lists a paper once under a definition it gives twice', () => {
		const twice = { ...nlu, acronyms: [...nlu.acronyms, ...nlu.acronyms] };
		const ppo = buildCollectionIndex([ramario, twice], topics).glossary.find((g) => g.short === 'PPO')!;
		expect(ids(ppo.definitions[0]!.papers)).toEqual(['nlu', 'ramario']);
	});

	it('groups the timeline by year and month, newest first, undated last', () => {
		expect(index.timeline.map((g) => [g.year, g.count])).toEqual([[2024, 1], [2023, 2], [null, 1]]);
		expect(index.timeline[1]!.months.map((m) => m.month)).toEqual([12, 5]);
		expect(index.years).toEqual([2024, 2023]);
	});
});

describe('coMentioned', () => {
	it('lists the entities named alongside one, most shared papers first', () => {
		expect(coMentioned(index, 'algorithm/ppo').map((c) => `${c.entity.name}:${c.papers}`)).toEqual(['DQN:1', 'GLUE:1', 'LLAMA2-7B:1', 'RAMario:1']);
		expect(coMentioned(index, 'model/llama2-7b', 2).map((c) => c.entity.id)).toEqual(['cot-max', 'glue']);
	});
	it('gives nothing for an unknown entity', () => {
		expect(coMentioned(index, 'model/none')).toEqual([]);
	});
});
