/**
 * Which entities have a page of their own, and where a link to an entity goes: the one
 * place every route, component and sitemap asks, so no link points at a page not built.
 *
 * An entity named by a single paper gets no page: such a page would list that one paper
 * (and most entities of a big collection are of this kind). Links to it go to that paper
 * instead, and on that paper's own page its name is not a link at all.
 */
import { entityKey, entityPath, paperPath } from './urls.ts';

/** Papers that must name an entity for it to have a page of its own. */
export const ENTITY_PAGE_MIN_PAPERS = 2;

/** What deciding on an entity's page needs: its key parts and the papers naming it (any order). */
export interface EntityPapers {
	type: string;
	id: string;
	papers: readonly { paper: { id: string } }[];
}

/** Whether an entity named by these papers has its own page (`/entities/<type>/<id>/`). */
export function hasEntityPage(entity: Pick<EntityPapers, 'papers'>): boolean {
	return entity.papers.length >= ENTITY_PAGE_MIN_PAPERS;
}

/**
 * The root-relative path a link to `entity` goes to: its page when it has one, else the page
 * of the one paper naming it; `null` on that paper's own page (`onPaper`), where a link would
 * lead back to itself.
 *
 * @example entityLinkPath({ type: 'algorithm', id: 'ppo', papers: [a, b] }) // '/entities/algorithm/ppo/'
 * @example entityLinkPath({ type: 'method', id: 'x', papers: [a] }) // '/papers/<a.id>/'
 * @example entityLinkPath({ type: 'method', id: 'x', papers: [a] }, a.id) // null
 */
export function entityLinkPath(entity: EntityPapers): string;
export function entityLinkPath(entity: EntityPapers, onPaper: string): string | null;
export function entityLinkPath(entity: EntityPapers, onPaper?: string): string | null {
	if (hasEntityPage(entity)) return entityPath(entity.type, entity.id);
	const only = entity.papers[0]?.paper.id;
	return only === undefined || only === onPaper ? null : paperPath(only);
}

/**
 * For the entities a paper names, keyed `type/id`, where each links to from that paper's page
 * (`entityLinkPath` with `onPaper`); unknown entities are left out. Part of the paper page's
 * props, so the page is made again when one of its entities gains or loses its page.
 */
export function paperEntityLinks(
	paperId: string,
	named: readonly { type: string; id: string }[],
	entities: ReadonlyMap<string, EntityPapers>,
): Map<string, string | null> {
	const links = new Map<string, string | null>();
	for (const { type, id } of named) {
		const key = entityKey(type, id);
		const entity = entities.get(key);
		if (entity && !links.has(key)) links.set(key, entityLinkPath(entity, paperId));
	}
	return links;
}

/**
 * The entities whose pages a text links to (root-relative, with or without the site's base in
 * front), each once, e.g. in a reader's note: `[PPO](/entities/algorithm/ppo/)`.
 */
export function entitiesLinkedIn(text: string): { type: string; id: string }[] {
	const found = new Map<string, { type: string; id: string }>();
	for (const m of text.matchAll(/\/entities\/([^/\s"'()<>#?]+)\/([^/\s"'()<>#?]+)\//g)) {
		const type = decoded(m[1]!);
		const id = decoded(m[2]!);
		if (type !== null && id !== null) found.set(entityKey(type, id), { type, id });
	}
	return [...found.values()];
}

/** A path segment decoded, or `null` when it is not valid percent-encoding (then it names no entity). */
function decoded(segment: string): string | null {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

/**
 * The entity-page links of a page that must change, as `based href → based href`, or `→ null`
 * where the link gives way to its text: from `links` (`type/id` → `entityLinkPath`), those not
 * going to the entity's own page. `based` puts the site's base in front of a root-relative path.
 */
export function entityLinkRewrites(links: ReadonlyMap<string, string | null>, based: (path: string) => string): Map<string, string | null> {
	const rewrites = new Map<string, string | null>();
	for (const [key, target] of links) {
		const slash = key.indexOf('/');
		const own = entityPath(key.slice(0, slash), key.slice(slash + 1));
		if (target !== own) rewrites.set(based(own), target === null ? null : based(target));
	}
	return rewrites;
}
