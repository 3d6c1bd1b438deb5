/**
 * Shared set-up of the browser tests: the site built once by tests/global-setup.ts,
 * served under its base path, and helpers to find pages in it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const site = inject('site');

/** Slugs of the folders below `dist/<dir>/` that hold a page. */
export function pageDirs(dir: string): string[] {
	const path = join(site.dist, dir);
	if (!existsSync(path)) return [];
	return readdirSync(path, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(path, d.name, 'index.html')))
		.map((d) => d.name)
		.sort();
}

/** The RAMario paper's slug: the seed's one paper about the Reptile algorithm on Mario. */
export function ramarioSlug(): string {
	const slug = pageDirs('papers').find((s) => s.startsWith('ramario'));
	if (!slug) throw new Error('no RAMario page in the built site');
	return slug;
}

/** One topic page, one entity page (`type/id`, null when the site has none) and the RAMario paper. */
export function samplePages(): { paper: string; topic: string; entity: string | null } {
	const topic = pageDirs('topics')[0];
	if (!topic) throw new Error('no topic page in the built site');
	const types = existsSync(join(site.dist, 'entities'))
		? readdirSync(join(site.dist, 'entities'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
		: [];
	const entity = types.flatMap((type) => pageDirs(`entities/${type}`).map((id) => `${type}/${id}`))[0] ?? null;
	return { paper: ramarioSlug(), topic, entity };
}
