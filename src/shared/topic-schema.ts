/**
 * A topic page's record, written by the generator to `content/papers/_topics.json`
 * and read by `src/content.config.ts`.
 */
import { z } from 'astro/zod';

export const TopicSchema = () =>
	z.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		title: z.string().min(1),
		description: z.string(),
		/** True when the topic was derived from the collection rather than the taxonomy file. */
		derived: z.boolean(),
		/** Set on the topic of the papers no other topic holds ("Other papers"): the site lists it last. */
		ungrouped: z.literal(true).optional(),
	});

export type TopicRecord = z.infer<ReturnType<typeof TopicSchema>>;
