import { describe, expect, it } from 'vitest';
import { buildCollectionIndex } from './collection-index.ts';
import { collectionNames } from './collection-names.ts';
import { papers, topics, undated } from './fixtures/papers.ts';

/** What the whole index gives of the same: papers, topic titles and entity names, in its order. */
function fromIndex(...args: Parameters<typeof buildCollectionIndex>) {
	const index = buildCollectionIndex(...args);
	return {
		papers: index.papers,
		topicTitles: new Map([...index.topicById].map(([id, entry]) => [id, entry.topic.title])),
		entityNames: new Map([...index.entities].map(([key, entry]) => [key, entry.name])),
	};
}

describe('collectionNames', () => {
	it('gives the titles and names the collection index gives, in its order', () => {
		const names = collectionNames(papers, topics);
		expect(names).toEqual(fromIndex(papers, topics));
		expect([...names.entityNames.keys()]).toEqual([...fromIndex(papers, topics).entityNames.keys()]);
		expect(names.entityNames.size).toBeGreaterThan(2);
	});

	it('names an entity as most papers spell it, and titles a topic missing from the topics file by its id', () => {
		const entity = papers.find((paper) => paper.entities.length)!.entities[0]!;
		const respelled = [1, 2, 3].map((n) => ({ ...undated, id: `respelled-${n}`, topics: [{ id: 'unlisted', derived: false }], entities: [{ ...entity, name: `${entity.name} (spelt)` }] }));
		const all = [...papers, ...respelled];
		const names = collectionNames(all, topics);
		expect(names).toEqual(fromIndex(all, topics));
		expect(names.topicTitles.get('unlisted')).toBe('unlisted');
		expect([...names.entityNames.values()]).toContain(`${entity.name} (spelt)`);
	});
});
