/**
 * An Astro content-loader context over a plain Map, with the parts `paperLoader` uses
 * (store, digest, config, logger), so the loader can run outside `astro build`. Frontmatter
 * is stored as read: the page schema is Astro's job and is tested with the built site.
 */
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

type Entry = { id: string; data: Record<string, unknown>; filePath?: string; digest?: string | number };

/** A context for a project at `root` (its cache in `<root>/.astro`), and the Map behind its store. */
export function createLoaderContext(root: string): { context: LoaderContext; entries: Map<string, Entry>; logged: string[] } {
	const entries = new Map<string, Entry>();
	const logged: string[] = [];
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: Entry) => (entries.set(entry.id, entry), true),
		delete: (id: string) => void entries.delete(id),
		keys: () => [...entries.keys()],
		values: () => [...entries.values()],
		has: (id: string) => entries.has(id),
	};
	const log = (message: string) => void logged.push(message);
	const context = {
		collection: 'papers',
		store,
		config: { root: pathToFileURL(`${root}/`), base: '/', cacheDir: pathToFileURL(`${root}/.astro/`) },
		logger: { info: log, warn: log, error: log, debug: log },
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (data: string) => createHash('sha256').update(data).digest('hex').slice(0, 16),
	};
	return { context: context as unknown as LoaderContext, entries, logged };
}
