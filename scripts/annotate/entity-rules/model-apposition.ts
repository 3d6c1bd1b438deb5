/**
 * A model named right after its kind, as the earth sciences name their simulation models: "the
 * atmospheric model ARPEGE/Climate", "the regional climate model RegCM3", "the ocean model
 * NEMO". A coined name after the word "model" is that model; its parts may be joined by a
 * slash as well as a hyphen ("ARPEGE/Climate", "LMDZ/ORCHIDEE"), as a model's configuration
 * is written. After a product's kind ("the closed-source model Lantern", "the open-weight model
 * Osprey") a plain capitalised word is a name too: such adjectives describe released products, and
 * a product ends its phrase where a word of prose would go on. A coined name set off by a comma after
 * "the … model" and closing its phrase renames the model the words describe ("rewards derived from the
 * 3D foundation model, VGGT."); one the clause goes on from ("In this model, LLMs act …") is its subject.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// "model NAME", "models NAME": a name of capitals, CamelCase or digits, parts joined by "/" or "-".
const MODEL_THEN_NAME = /\bmodels?\s+([A-Z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*)(?![\w/-])/g;

// "the 3D foundation model, VGGT.": a coined name after "the … model" and a comma, ending its phrase.
const MODEL_COMMA_NAME = /\bthe\s+(?:[\w-]+\s+){0,4}?model,\s+([A-Z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*)(?=\s*[,.;:)]|\s+(?:and|or)\b)/g;

// "the closed-source model Lantern,": a plain capitalised word after a product model, ending its phrase.
const PRODUCT_MODEL = /\b(?:closed-source|open-source|open-weights?|proprietary|commercial)\s+models?\s+([A-Z][a-z]+)(?=\s*[,.;:)]|\s+(?:and|or|in|on|with|by)\b)/g;

/** Whether each slash-joined part of `name` is a word and the first is a coined name ("ARPEGE/Climate"). */
function isModelName(name: string): boolean {
	const [first, ...rest] = name.split('/');
	return isCoinedName(first!) && rest.every((part) => /^[A-Za-z0-9][\w-]*$/.test(part));
}

/** "atmospheric model ARPEGE/Climate": a coined name right after the word "model". */
export const modelApposition: EntityRule = {
	name: 'model apposition',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const named = [...allMatches(abstract, MODEL_THEN_NAME), ...(abstract.includes(' model, ') ? allMatches(abstract, MODEL_COMMA_NAME) : [])].filter((m) => isModelName(m[1]!));
		const products = abstract.includes(' model') ? allMatches(abstract, PRODUCT_MODEL) : [];
		return [...named, ...products]
			.filter((m) => !isGeneric(m[1]!) && !isKnown(m[1]!) && !inUrl(m.index))
			.map((m) => ({ type: 'model' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
