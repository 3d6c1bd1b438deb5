import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { paperLoader } from './loaders/paper-loader.ts';
import { PaperSchema } from './schemas/paper.ts';
import { TopicSchema } from './schemas/topic.ts';

/** `--out` and `--notes` of `npm run build` reach the site build through these variables. */
const papersDir = process.env.PAPERFOLD_PAPERS_DIR || './content/papers';
const notesDir = process.env.PAPERFOLD_NOTES_DIR || './content/notes';

/**
 * Generated paper pages; ids are the file names, which equal `data.id`. Rendered to HTML by
 * `paperLoader` (not one bundled MDX module per page), with a content digest per page.
 */
const papers = defineCollection({
	loader: paperLoader({ base: papersDir }),
	schema: PaperSchema(),
});

/** Taxonomy and derived topics, written by the generator next to the papers. */
const topics = defineCollection({
	loader: file(`${papersDir}/_topics.json`),
	schema: TopicSchema(),
});

/** Readers' hand-written notes: `content/notes/<paper-id>.md(x)`; never written by a build. */
const notes = defineCollection({
	loader: glob({ base: notesDir, pattern: '*.{md,mdx}' }),
});

export const collections = { papers, topics, notes };
