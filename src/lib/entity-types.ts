/**
 * The four entity types, in the order the site lists them, with their readable labels.
 */
import type { Entity } from '../shared/paper-schema.ts';

export type EntityType = Entity['type'];

/** Display order of the entity types. */
export const ENTITY_TYPES: readonly EntityType[] = ['method', 'algorithm', 'model', 'dataset'];

const LABELS: Record<EntityType, { plural: string; singular: string }> = {
	method: { plural: 'Methods', singular: 'Method' },
	algorithm: { plural: 'Algorithms', singular: 'Algorithm' },
	model: { plural: 'Models', singular: 'Model' },
	dataset: { plural: 'Datasets & benchmarks', singular: 'Dataset or benchmark' },
};

/** "Methods", "Datasets & benchmarks", … */
export const entityTypeLabel = (type: EntityType): string => LABELS[type].plural;
/** "Method", "Dataset or benchmark", … */
export const entityTypeSingular = (type: EntityType): string => LABELS[type].singular;

/** The types that have entities, in display order: a reader is not sent to an empty list. */
export const typesWithEntities = (byType: Readonly<Record<EntityType, readonly unknown[]>>): EntityType[] =>
	ENTITY_TYPES.filter((type) => byType[type].length > 0);
