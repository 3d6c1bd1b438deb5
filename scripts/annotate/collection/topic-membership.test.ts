import { describe, expect, it } from 'vitest';
import { freeId, regroupPapers } from './topic-membership.ts';

const derived = (id: string, title = id) => ({ id, title, description: '', derived: true });
const on = (...ids: string[]) => ids.map((id) => ({ id, derived: true }));

describe('regroupPapers', () => {
	const topics = [derived('robot-arms', 'Robot arms'), derived('mixed'), { id: 'rl', title: 'RL', description: 'Given.', derived: false }];
	const paperTopics = [on('robot-arms'), on('robot-arms', 'mixed'), on('robot-arms'), on('mixed'), on('mixed'), [{ id: 'rl', derived: false }], []];

	it('keeps a topic only for the papers it lists, drops dropped topics, and leaves the rest alone', () => {
		const result = regroupPapers(topics, paperTopics, { keep: new Map([['robot-arms', new Set([0, 1])]]), dropped: new Set(['mixed']), join: () => undefined }, new Set());
		expect(result.topics.map((t) => t.id)).toEqual(['robot-arms', 'rl', 'other-papers']);
		expect(result.paperTopics.map((list) => list.map((t) => t.id))).toEqual([['robot-arms'], ['robot-arms'], ['other-papers'], ['other-papers'], ['other-papers'], ['rl'], []]);
		expect(result.topics[2]!.description).toMatch(/: 3 papers that carry/);
	});

	it('sends a paper left with no topic to the topic `join` gives, and makes no "Other papers" when none is left', () => {
		const result = regroupPapers(topics, paperTopics, { keep: new Map([['robot-arms', new Set([0, 1])]]), dropped: new Set(['mixed']), join: () => 'robot-arms' }, new Set());
		expect(result.topics.map((t) => t.id)).toEqual(['robot-arms', 'rl']);
		expect(result.paperTopics.map((list) => list.map((t) => t.id))).toEqual([['robot-arms'], ['robot-arms'], ['robot-arms'], ['robot-arms'], ['robot-arms'], ['rl'], []]);
	});

	it('gives "Other papers" an id no other topic has', () => {
		const reserved = new Set(['other-papers']);
		const result = regroupPapers([derived('a')], [on('a')], { keep: new Map(), dropped: new Set(['a']), join: () => undefined }, reserved);
		expect(result.topics).toEqual([expect.objectContaining({ id: 'other-papers-2', title: 'Other papers', ungrouped: true })]);
		expect(reserved.has('other-papers-2')).toBe(true);
	});
});

describe('freeId', () => {
	it('counts up past taken ids and reserves the one it returns', () => {
		const reserved = new Set(['x', 'x-2']);
		expect(freeId('x', reserved)).toBe('x-3');
		expect(freeId('y', reserved)).toBe('y');
		expect(reserved).toEqual(new Set(['x', 'x-2', 'x-3', 'y']));
	});
});
