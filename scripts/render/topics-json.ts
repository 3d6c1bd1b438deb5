/**
 * `content/papers/_topics.json`: every topic page's record, read by Astro's `file()` loader.
 */
import { TopicSchema, type TopicRecord } from '../../src/shared/topic-schema.ts';
import { validateRecord } from '../../src/shared/validate-record.ts';

/**
 * Validates the topics and renders them as a pretty JSON array sorted by id, keys in
 * schema order, so the same topics always give the same bytes. Throws on a bad record
 * or a duplicate id, former ids included (the loader would silently keep only one).
 */
export function renderTopicsJson(topics: readonly TopicRecord[]): string {
	const schema = TopicSchema();
	const seen = new Set<string>();
	const records = topics.map((topic, index) => {
		const valid = validateRecord(schema, topic, `Topic ${index} (${JSON.stringify(topic?.id)})`, 'the topic schema');
		// A former id is a page of its own (a redirect), so it may be no other topic's id either.
		for (const id of [valid.id, ...(valid.formerIds ?? [])]) {
			if (seen.has(id)) throw new Error(`Topic id "${id}" appears twice`);
			seen.add(id);
		}
		const { id, title, description, derived, ungrouped, formerIds } = valid;
		return { id, title, description, derived, ...(ungrouped ? { ungrouped } : {}), ...(formerIds?.length ? { formerIds } : {}) };
	});
	records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return `${JSON.stringify(records, null, 2)}\n`;
}
