/**
 * Entity scores of one paper: which predicted entities are gold ones (precision, recall) and,
 * of those, how many carry the right type and role.
 *
 * Matching: a predicted entity matches a gold one when its name, or the text of one of its
 * mentions, is the gold name or an alias under `sameName` (case and whitespace aside, exact;
 * a name cut short is wrong). Each gold entity is matched at most once. A predicted entity that
 * matches only an optional name counts nowhere; any other unmatched one is a false positive.
 */
import type { GoldEntity, EntityRole, EntityType } from './gold.ts';
import { sameName } from './match.ts';

/** What the scorer needs of a predicted entity (a `Paper` entity fits). */
export interface PredictedEntity {
	name: string;
	type: EntityType;
	role: EntityRole;
	spans?: readonly { text: string }[];
}

/** Counts that add up over papers, plus the names behind them for a readable report. */
export interface EntityScore {
	/** Predicted entities that count: all but those matching only an optional name. */
	predicted: number;
	gold: number;
	matched: number;
	typeRight: number;
	roleRight: number;
	/** Matched with an acceptable type and the right role. */
	typeRoleRight: number;
	falsePositives: string[];
	missed: string[];
	/** "name: predicted type/role, gold type/role" for matched entities typed or roled wrong. */
	mislabelled: string[];
}

const formsOf = (entity: PredictedEntity): string[] => [entity.name, ...(entity.spans ?? []).map((s) => s.text)];

/**
 * Scores the predicted entities of one paper against its gold entities.
 *
 * @example
 * scoreEntities([{ name: 'ReachQA', type: 'dataset', role: 'introduced' }],
 *   [{ name: 'ReachQA', aliases: [], types: ['dataset'], role: 'introduced' }], [])
 * // → { predicted: 1, gold: 1, matched: 1, typeRoleRight: 1, … }
 */
export function scoreEntities(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[], optional: readonly string[]): EntityScore {
	const score: EntityScore = { predicted: 0, gold: gold.length, matched: 0, typeRight: 0, roleRight: 0, typeRoleRight: 0, falsePositives: [], missed: [], mislabelled: [] };
	const taken = new Set<number>();
	// Names first, then mention texts: "CIT" should not take a gold entity that "Code-as-Intermediary Translation" names.
	const byName = predicted.map((p) => gold.findIndex((g) => sameName(p.name, [g.name, ...g.aliases])));
	const order = predicted.map((_, i) => i).sort((a, b) => Number(byName[b] !== -1) - Number(byName[a] !== -1));
	for (const i of order) {
		const entity = predicted[i]!;
		const index = gold.findIndex((g, j) => !taken.has(j) && formsOf(entity).some((form) => sameName(form, [g.name, ...g.aliases])));
		if (index === -1) {
			if (formsOf(entity).some((form) => sameName(form, optional))) continue;
			score.predicted += 1;
			score.falsePositives.push(entity.name);
			continue;
		}
		taken.add(index);
		score.predicted += 1;
		score.matched += 1;
		const target = gold[index]!;
		const typeOk = target.types.includes(entity.type);
		const roleOk = target.role === entity.role;
		if (typeOk) score.typeRight += 1;
		if (roleOk) score.roleRight += 1;
		if (typeOk && roleOk) score.typeRoleRight += 1;
		else score.mislabelled.push(`${entity.name}: ${entity.type}/${entity.role}, gold ${target.types.join('|')}/${target.role}`);
	}
	score.missed = gold.filter((_, j) => !taken.has(j)).map((g) => g.name);
	return score;
}
