/**
 * The id of a topic named by a phrase its papers share: the slug of the name the topic page shows
 * ("Language models" → `language-models`), not of the keyphrase it was read from ("language model"),
 * so a reader who edits or shares the URL sees the page's own title in it. The slug of the keyphrase,
 * the id such topics had before, stays reserved as the topic's former id: the site answers it with
 * a redirect to the topic (`src/pages/topics/[topic].astro`), so links to the old URL keep working.
 */
import { slugify } from './slugs.ts';
import { freeId } from './topic-membership.ts';

/**
 * The id of a topic titled `title`, named by the phrase `written`, free in `reserved` (suffixed `-2`,
 * `-3`, … when taken), with the slug of `written` as its former id when that differs and is free.
 * Both are added to `reserved`.
 *
 * @example namedTopicId('language model', 'Language models', new Set()) // { id: 'language-models', formerIds: ['language-model'] }
 * @example namedTopicId('reinforcement learning', 'Reinforcement learning', new Set()) // { id: 'reinforcement-learning' }
 */
export function namedTopicId(written: string, title: string, reserved: Set<string>): { id: string; formerIds?: string[] } {
	const id = freeId(slugify(title), reserved);
	const former = slugify(written);
	if (!former || former === id || reserved.has(former)) return { id };
	reserved.add(former);
	return { id, formerIds: [former] };
}
