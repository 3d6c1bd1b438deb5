import { describe, expect, it } from 'vitest';
import { TopicSchema } from '../../src/shared/topic-schema.ts';
import { renderTopicsJson } from './topics-json.ts';

const topics = [
	{ title: 'Reward design', id: 'reward-design', description: 'Rewards {from} <b>LLMs</b>.', derived: false },
	{ id: 'meta-rl', title: 'Meta-RL', description: 'Learning to learn.', derived: false },
	{ id: 'agents-tools', title: 'agents / tools', description: '', derived: true },
];

describe('renderTopicsJson', () => {
	it('writes a pretty JSON array sorted by id with keys in schema order', () => {
		expect(renderTopicsJson(topics)).toBe(
			`[
  {
    "id": "agents-tools",
    "title": "agents / tools",
    "description": "",
    "derived": true
  },
  {
    "id": "meta-rl",
    "title": "Meta-RL",
    "description": "Learning to learn.",
    "derived": false
  },
  {
    "id": "reward-design",
    "title": "Reward design",
    "description": "Rewards {from} <b>LLMs</b>.",
    "derived": false
  }
]
`,
		);
	});

	it('gives the same bytes for the same topics in any order, and every record passes the schema', () => {
		const json = renderTopicsJson(topics);
		expect(renderTopicsJson([...topics].reverse())).toBe(json);
		for (const record of JSON.parse(json)) expect(TopicSchema().parse(record)).toEqual(record);
	});

	it('keeps the mark of the "Other papers" topic, which the site lists last', () => {
		const other = { id: 'other-papers', title: 'Other papers', description: '', derived: true, ungrouped: true } as const;
		expect(JSON.parse(renderTopicsJson([...topics, other])).find((t: { id: string }) => t.id === 'other-papers')).toEqual(other);
	});

	it('keeps a topic\'s former ids, and throws when one is another topic\'s id', () => {
		const renamed = { id: 'language-models', title: 'Language models', description: '', derived: true, formerIds: ['language-model'] };
		expect(JSON.parse(renderTopicsJson([...topics, renamed])).find((t: { id: string }) => t.id === 'language-models')).toEqual(renamed);
		expect(() => renderTopicsJson([...topics, renamed, { ...renamed, id: 'language-model', formerIds: undefined }])).toThrow(/"language-model" appears twice/);
	});

	it('throws on a record that breaks the schema, naming it and the field', () => {
		expect(() => renderTopicsJson([{ id: 'Bad Id', title: 'x', description: '', derived: false }])).toThrow(/Topic 0 \("Bad Id"\).*id/);
	});

	it('throws on a duplicate id', () => {
		expect(() => renderTopicsJson([topics[0]!, { ...topics[0]! }])).toThrow(/"reward-design" appears twice/);
	});
});
