/**
 * One named thing, one entity page. Each paper types and names its entities from its own text,
 * so across a collection one thing can get two keys: GRPO an algorithm in sixteen papers and a
 * method in the one that proposes "a novel GRPO method", or "CT" where papers define the acronym
 * and "computed tomography" where they write it out. A reader then finds half its papers on
 * each of two pages, and a paper's chip links to neither when its key has a page of one paper.
 *
 * Three collection-wide readings settle a key, all from what the papers themselves write:
 * - an id more papers give one type than any other takes that type everywhere; a tie is left as
 *   each paper typed it (nothing says which reading is right);
 * - names of one type that are spellings of one name ("GLM", "GLMs", "G.L.M."; "Generalised
 *   Linear Model", "Generalized Linear Models"; `entity-name-variants.ts`) take the id more papers
 *   write, the first paper's on a tie;
 * - a name that is the long form papers define for exactly one acronym joins that acronym's
 *   entity of the same type ("computed tomography" → CT), never one of several ("cognitive
 *   therapy" and "computed tomography" both defining CT stay apart from it).
 */
import type { Claim, Entity } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { phraseForm } from './phrase-form.ts';
import { entityNameForm } from './entity-name-variants.ts';

/** What the readings look at of one paper. */
export interface EntityIdentityInput {
	entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[];
	acronyms: readonly { short: string; long: string }[];
}

/** An entity's type and id. */
export type EntityIdentity = Pick<Entity, 'type' | 'id'>;

/** Per `type/id` that changes, the key it becomes; empty when every key stands. */
export function unifyEntityKeys(papers: readonly EntityIdentityInput[]): Map<string, EntityIdentity> {
	const typeOf = majorityTypes(papers);
	const formOf = nameForms();
	const idOf = spelledIds(papers, typeOf, formOf);
	const keyed = (e: Pick<Entity, 'id' | 'type' | 'name'>): EntityIdentity => {
		const type = typeOf.get(e.id) ?? e.type;
		// Most ids are spelled one way: only a form two ids share is looked up by name.
		return { type, id: idOf.size > 0 ? (idOf.get(`${type} ${formOf(e.name)}`) ?? e.id) : e.id };
	};
	const byAcronym = acronymEntities(papers, keyed);
	const shortsOf = new Map<string, Set<string>>();
	for (const { acronyms } of papers) {
		for (const { short, long } of acronyms) shortsOf.set(phraseForm(long), (shortsOf.get(phraseForm(long)) ?? new Set()).add(phraseForm(short)));
	}
	const renames = new Map<string, EntityIdentity>();
	for (const { entities } of papers) {
		for (const entity of entities) {
			let target = keyed(entity);
			const shorts = shortsOf.get(phraseForm(entity.name));
			const acronym = shorts?.size === 1 ? byAcronym.get(`${target.type} ${[...shorts][0]}`) : undefined;
			if (acronym && acronym !== 'ambiguous') target = acronym;
			if (target.type !== entity.type || target.id !== entity.id) renames.set(entityKey(entity.type, entity.id), target);
		}
	}
	return renames;
}

/** Per id named with more than one type, the type more papers give it than any other, if one does. */
function majorityTypes(papers: readonly EntityIdentityInput[]): Map<string, Entity['type']> {
	const counts = new Map<string, Map<Entity['type'], number>>();
	for (const { entities } of papers) {
		// A paper counts once for each type it gives an id, however often it names it.
		const counted = new Set<string>();
		for (const { type, id } of entities) {
			if (counted.has(entityKey(type, id))) continue;
			counted.add(entityKey(type, id));
			const byType = counts.get(id) ?? new Map<Entity['type'], number>();
			counts.set(id, byType.set(type, (byType.get(type) ?? 0) + 1));
		}
	}
	const majority = new Map<string, Entity['type']>();
	for (const [id, byType] of counts) {
		if (byType.size < 2) continue;
		const [first, second] = [...byType].sort((a, b) => b[1] - a[1]);
		if (first![1] > second![1]) majority.set(id, first![0]);
	}
	return majority;
}

/**
 * Per `type name-form` (`entityNameForm`), the id its spellings share: the one more papers write
 * than any other, the first paper's on a tie. Only forms written with two or more ids are listed.
 */
function spelledIds(papers: readonly EntityIdentityInput[], typeOf: ReadonlyMap<string, Entity['type']>, formOf: (name: string) => string): Map<string, string> {
	const counts = new Map<string, Map<string, number>>();
	for (const { entities } of papers) {
		const counted = new Set<string>();
		for (const { id, name, type } of entities) {
			const form = `${typeOf.get(id) ?? type} ${formOf(name)}`;
			if (counted.has(`${form}/${id}`)) continue;
			counted.add(`${form}/${id}`);
			const ids = counts.get(form) ?? new Map<string, number>();
			counts.set(form, ids.set(id, (ids.get(id) ?? 0) + 1));
		}
	}
	const chosen = new Map<string, string>();
	for (const [form, ids] of counts) {
		// A stable sort keeps the first paper's id first among equals.
		if (ids.size > 1) chosen.set(form, [...ids].sort((a, b) => b[1] - a[1])[0]![0]);
	}
	return chosen;
}

/** `entityNameForm`, each name worked out once: a collection names the same few thousand things over and over. */
function nameForms(): (name: string) => string {
	const forms = new Map<string, string>();
	return (name) => {
		let form = forms.get(name);
		if (form === undefined) forms.set(name, (form = entityNameForm(name)));
		return form;
	};
}

/** Entities named as an acronym, by `type acronym-form`; 'ambiguous' where one form has two ids. */
function acronymEntities(papers: readonly EntityIdentityInput[], keyed: (e: Pick<Entity, 'id' | 'type' | 'name'>) => EntityIdentity): Map<string, EntityIdentity | 'ambiguous'> {
	const found = new Map<string, EntityIdentity | 'ambiguous'>();
	for (const { entities, acronyms } of papers) {
		const shorts = new Set(acronyms.map((a) => a.short));
		for (const entity of entities) {
			if (!shorts.has(entity.name)) continue;
			const identity = keyed(entity);
			const at = `${identity.type} ${phraseForm(entity.name)}`;
			const known = found.get(at);
			found.set(at, known === undefined || (known !== 'ambiguous' && known.id === identity.id) ? identity : 'ambiguous');
		}
	}
	return found;
}

/**
 * A paper's entities and claims under the unified keys; the same objects when none of its keys
 * changes. Two entities that become one keep the first's name, the spans of both in text order,
 * and "introduced" if either was.
 */
export function withUnifiedKeys<T extends { entities: readonly Entity[]; claims: readonly Claim[] }>(
	paper: T,
	renames: ReadonlyMap<string, EntityIdentity>,
): Pick<T, 'entities' | 'claims'> {
	if (renames.size === 0 || !paper.entities.some((e) => renames.has(entityKey(e.type, e.id)))) return paper;
	const merged = new Map<string, Entity>();
	for (const entity of paper.entities) {
		const { type, id } = renames.get(entityKey(entity.type, entity.id)) ?? entity;
		const key = entityKey(type, id);
		const known = merged.get(key);
		if (!known) {
			merged.set(key, { ...entity, type, id });
			continue;
		}
		const spans = [...known.spans, ...entity.spans].sort((a, b) => Number(a.field === 'title') - Number(b.field === 'title') || a.start - b.start);
		merged.set(key, { ...known, role: known.role === 'introduced' || entity.role === 'introduced' ? 'introduced' : 'used', spans });
	}
	const rekey = (key: string) => {
		const to = renames.get(key);
		return to ? entityKey(to.type, to.id) : key;
	};
	const claims = paper.claims.map((claim) => (claim.about.some((key) => renames.has(key)) ? { ...claim, about: [...new Set(claim.about.map(rekey))] } : claim));
	return { entities: [...merged.values()], claims };
}
