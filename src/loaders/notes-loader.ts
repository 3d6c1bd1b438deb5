/**
 * Readers' notes, `content/notes/<paper-id>.md(x)`, loaded by Astro's glob loader, except
 * when there are none: most sites have no notes, and glob (then `getCollection`) would warn
 * on every clean build that the folder and the collection are empty.
 */
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { hasNotes } from './notes-folder.ts';

/**
 * The glob loader over `base`, run when the folder holds a note or when Astro watches files
 * (`astro dev`, where a first note may be added later); otherwise the collection is empty.
 */
export function notesLoader(options: { base: string }): Loader {
	const inner = glob({ base: options.base, pattern: '*.{md,mdx}' });
	return {
		name: 'paperfold-notes',
		load: async (context) => {
			const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
			if (context.watcher || hasNotes(dir)) return inner.load(context);
			context.store.clear();
		},
	};
}
