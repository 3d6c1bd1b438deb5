/**
 * `content/papers/_topics.json`: every topic page's record, read by Astro's `file()` loader.
 */
import { TopicSchema, type TopicRecord } from '../../src/shared/topic-schema.ts';
import { validateRecord } from '../../src/shared/validate-record.ts';

/**
 * Validates the topics and renders them as a pretty JSON array sorted by id, keys in
 * schema order, so the same topics always give the same bytes. Throws on a bad record
 * or a duplicate id (the loader would silently keep only one).
 */
export function renderTopicsJson(topics: readonly TopicRecord[]): string {
	const schema = TopicSchema();
	const seen = new Set<string>();
	const records = topics.map((topic, index) => {
		const valid = validateRecord(schema, topic, `Topic ${index} (${JSON.stringify(topic?.id)})`, 'the topic schema');
		if (seen.has(valid.id)) throw new Error(`Topic id "${valid.id}" appears twice`);
		seen.add(valid.id);
		const { id, title, description, derived, ungrouped } = valid;
		return { id, title, description, derived, ...(ungrouped ? { ungrouped } : {}) };
	});
	records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return `${JSON.stringify(records, null, 2)}\n`;
}
