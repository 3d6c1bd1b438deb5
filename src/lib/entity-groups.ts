/**
 * A paper's entities grouped by type as its page lists them (and as the search index reads
 * them, src/integrations/search-page-html.ts): types in `ENTITY_TYPES` order, introduced
 * entities first, then by name; each under its collection-wide name.
 */
import type { Entity } from '../shared/paper-schema.ts';
import { ENTITY_TYPES, type EntityType } from './entity-types.ts';
import { entityKey } from '../shared/urls.ts';

/** Collection-wide names by `type/id`, so one entity is one search filter value however a paper spells it. */
export type EntityNames = ReadonlyMap<string, string>;

/** The name an entity is shown and filtered under. */
export const entityName = (e: Entity, names?: EntityNames): string => names?.get(entityKey(e.type, e.id)) ?? e.name;

/** The non-empty groups of `entities` by type. */
export function entityGroups(entities: readonly Entity[]): { type: EntityType; items: Entity[] }[] {
	return ENTITY_TYPES.map((type) => ({
		type,
		items: entities.filter((e) => e.type === type).sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'en') : a.role === 'introduced' ? -1 : 1)),
	})).filter((g) => g.items.length);
}

/** Entity names as one Pagefind meta value; commas would split the attribute. */
export const entityMetaList = (list: readonly Entity[], names?: EntityNames): string => list.map((e) => entityName(e, names)).join(' · ');
