/**
 * A topic page's record, written by the generator to `content/papers/_topics.json`
 * and read by `src/content.config.ts`.
 */
import { z } from 'astro/zod';

/** A topic id: lower-case ASCII words joined by `-`. */
const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TopicSchema = () =>
	z.object({
		id: z.string().regex(TOPIC_ID),
		title: z.string().min(1),
		description: z.string(),
		/** True when the topic was derived from the collection rather than the taxonomy file. */
		derived: z.boolean(),
		/** Set on the topic of the papers no other topic holds ("Other papers"): the site lists it last. */
		ungrouped: z.literal(true).optional(),
		/** Ids the topic had in earlier builds ("language-model" of "Language models"): each answers with a redirect to the topic's page. */
		formerIds: z.array(z.string().regex(TOPIC_ID)).optional(),
	});

export type TopicRecord = z.infer<ReturnType<typeof TopicSchema>>;
