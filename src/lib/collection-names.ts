/**
 * The collection-wide names a page's search document shows (src/integrations/search-page-sources.ts):
 * each topic's title and each entity's name, as `buildCollectionIndex` gives them in
 * `topicById` and `entities`, in the same order, without the rest of the index (entity papers
 * and claims, glossary, timeline, sorted lists), which the search's worker never reads.
 */
import type { Paper } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';
import { entityKey } from '../shared/urls.ts';
import { mostCommon } from './collection-index.ts';
import { compareNewestFirst } from './dates.ts';

/** The papers newest first (`CollectionIndex.papers`), topic titles by id and entity names by key. */
export function collectionNames(allPapers: readonly Paper[], topics: readonly TopicRecord[]): { papers: Paper[]; topicTitles: Map<string, string>; entityNames: Map<string, string> } {
	const papers = [...allPapers].sort(compareNewestFirst);
	const topicTitles = new Map(topics.map((topic) => [topic.id, topic.title]));
	const names = new Map<string, string[]>();
	for (const paper of papers) {
		// A topic a paper names but the topics file lacks is titled by its id, as its page is.
		for (const t of paper.topics) if (!topicTitles.has(t.id)) topicTitles.set(t.id, t.id);
		for (const e of paper.entities) {
			const key = entityKey(e.type, e.id);
			const list = names.get(key);
			if (list) list.push(e.name);
			else names.set(key, [e.name]);
		}
	}
	return { papers, topicTitles, entityNames: new Map([...names].map(([key, list]) => [key, mostCommon(list)])) };
}
