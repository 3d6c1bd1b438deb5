import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { NOTES_DIR } from './loaders/notes-folder.ts';
import { notesLoader } from './loaders/notes-loader.ts';
import { paperLoader } from './loaders/paper-loader.ts';
import { TopicSchema } from './shared/topic-schema.ts';
import { generatedPagesReady, waitsForPages } from './shared/build/pages-ready.ts';
import { readAhead } from './data/read-ahead.ts';

// `npm run build` starts Astro while the generator still writes the pages: no loader runs before they are in place.
// Meanwhile what the last build kept, which the routes read after the loaders, is read ahead.
if (waitsForPages()) readAhead(process.cwd());
await generatedPagesReady();

/** `--out` of `npm run build` reaches the site build through this variable (`--notes`: see NOTES_DIR). */
const papersDir = process.env.PAPERFOLD_PAPERS_DIR || './content/papers';

/**
 * Generated paper pages; ids are the file names, which equal `data.id`. Rendered to HTML by
 * `paperLoader` (not one bundled MDX module per page), with a content digest per page. The
 * loader validates each page against `PaperSchema` and keeps the record outside Astro's
 * store (`paper-records.ts`): an entry here is the page's id and digest only.
 */
const papers = defineCollection({
	loader: paperLoader({ base: papersDir }),
	schema: z.object({ id: z.string() }),
});

/** Taxonomy and derived topics, written by the generator next to the papers. */
const topics = defineCollection({
	loader: file(`${papersDir}/_topics.json`),
	schema: TopicSchema(),
});

/** Readers' hand-written notes: `content/notes/<paper-id>.md(x)`; never written by a build. */
const notes = defineCollection({
	loader: notesLoader({ base: NOTES_DIR }),
});

export const collections = { papers, topics, notes };
