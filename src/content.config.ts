import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { paperLoader } from './loaders/paper-loader.ts';
import { PaperSchema } from './shared/paper-schema.ts';
import { TopicSchema } from './shared/topic-schema.ts';

/**
 * Generated paper pages; ids are the file names, which equal `data.id`. Rendered to HTML by
 * `paperLoader` (not one bundled MDX module per page), with a content digest per page.
 */
const papers = defineCollection({
	loader: paperLoader({ base: './content/papers' }),
	schema: PaperSchema(),
});

/** Taxonomy and derived topics, written by the generator next to the papers. */
const topics = defineCollection({
	loader: file('./content/papers/_topics.json'),
	schema: TopicSchema(),
});

/** Readers' hand-written notes: `content/notes/<paper-id>.md(x)`; never written by a build. */
const notes = defineCollection({
	loader: glob({ base: './content/notes', pattern: '*.{md,mdx}' }),
});

export const collections = { papers, topics, notes };
