/**
 * An established model or theory the paper revises, written in lower case: "Changes in media systems
 * demand that … the communication mediation model be revised … We propose a revised communication
 * mediation model that …". The social sciences name their models with ordinary words, and no capital
 * or acronym marks them; what does is the paper writing the same words as one known thing ("the …
 * model") and proposing a revised, extended or modified one. The revised model is the paper's
 * contribution: a method introduced, named by the words the abstract uses for it.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A verb of proposing, a word of revision, then lower-case words and a head: "propose a revised … model". */
const REVISED = /\b(?:propose|proposes|present|presents|develop|develops|offer|offers|introduce|introduces)\s+(?:an?|our)\s+(?:revised|extended|modified|updated|refined|expanded|augmented|reformulated)\s+((?:[a-z][a-z-]+\s+){1,4}(?:model|theory|framework))\b/g;

/** The lower-case model or theory the paper proposes a revision of, as its own method. */
export const revisedModels: EntityRule = {
	name: 'revised models',
	priority: 1,
	find({ title, abstract, isGeneric, inUrl }) {
		if (!/\b(?:revised|extended|modified|updated|refined|expanded|augmented|reformulated)\s/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, REVISED)) {
			const name = m[1]!;
			if (isGeneric(name) || inUrl(m.index)) continue;
			// The words must name one known thing elsewhere: "the communication mediation model", in the abstract or the title.
			const known = new RegExp(String.raw`\bthe\s+${name.replace(/[-]/g, '[- ]')}\b`, 'i');
			if (!known.test(abstract.slice(0, m.index) + ' ' + abstract.slice(m.index + m[0].length)) && !known.test(title)) continue;
			found.push({ type: 'method', name, role: 'introduced', forms: [] });
		}
		return found;
	},
};
