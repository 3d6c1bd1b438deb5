/**
 * Models named as examples of their class: "open-source large DLMs such as LLaDA and Dream",
 * "proprietary LLMs like GPT-4o and Gemini". After the plural acronym of a class of models ("LLMs",
 * "VLMs", "DLMs": capitals ending in "Ms") and "like", "such as" or "including", each capitalised
 * item of the list is one model, even an ordinary word ("Dream") that nothing else would tell apart
 * from the prose. Lower-case items ("and other baselines") end the list; names the lexicons or the
 * generic list hold stay theirs.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const EXAMPLES = /(?<![\w-])[A-Z]{1,6}Ms\s*,?\s+(?:like|such as|including)\s+((?:[^.;:()]|\.(?=\d))+)/g;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
// One capitalised word, digits, dots and hyphens allowed ("Qwen2.5-7B"), at most two words.
const NAME = /^[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?$/;

/** The capitalised items of a list of example models, as models used. */
export const exemplifiedModels: EntityRule = {
	name: 'exemplified models',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of abstract.includes('Ms ') || abstract.includes('Ms,') ? allMatches(abstract, EXAMPLES) : []) {
			if (inUrl(m.index)) continue;
			const items = m[1]!.split(ITEM_SEPARATOR).map((raw) => raw.trim());
			// The list ends at its first item that is no name ("LLaDA and Dream through a standardized pipeline").
			for (const item of items) {
				const name = /^(\S+(?:\s+[A-Z0-9]\S*)?)/.exec(item)?.[1] ?? '';
				if (!NAME.test(name)) break;
				if (!isGeneric(name) && !isKnown(name)) found.push({ type: 'model', name, role: 'used', forms: [] });
				if (name !== item) break;
			}
		}
		return found;
	},
};
