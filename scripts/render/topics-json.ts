/**
 * `content/papers/_topics.json`: every topic page's record, read by Astro's `file()` loader.
 */
import { TopicSchema, type TopicRecord } from '../../src/shared/topic-schema.ts';

/**
 * Validates the topics and renders them as a pretty JSON array sorted by id, keys in
 * schema order, so the same topics always give the same bytes. Throws on a bad record
 * or a duplicate id (the loader would silently keep only one).
 */
export function renderTopicsJson(topics: readonly TopicRecord[]): string {
	const schema = TopicSchema();
	const seen = new Set<string>();
	const records = topics.map((topic, index) => {
		const result = schema.safeParse(topic);
		if (!result.success) {
			const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
			throw new Error(`Topic ${index} (${JSON.stringify(topic?.id)}) does not match the topic schema: ${issues.join('; ')}`);
		}
		if (seen.has(result.data.id)) throw new Error(`Topic id "${result.data.id}" appears twice`);
		seen.add(result.data.id);
		const { id, title, description, derived } = result.data;
		return { id, title, description, derived };
	});
	records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return `${JSON.stringify(records, null, 2)}\n`;
}
