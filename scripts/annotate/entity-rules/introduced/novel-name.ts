/**
 * A coined name called new anywhere in the abstract: "a novel QWeb neural network
 * architecture", "CoT-Max, a novel approach".
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const NOVEL = /\b(?:novel|new)\s+([A-Za-z][\w+-]*)|([A-Za-z][\w+-]*),\s+an?\s+(?:novel|new)\b/g;

/** "novel / new NAME" and "NAME, a novel / new", outside acronym definitions. */
export const novelName: NameRule = {
	name: 'novel name',
	scope: 'paper',
	find({ abstract, inAcronym }) {
		const hits: NameHit[] = [];
		for (const m of abstract.matchAll(NOVEL)) {
			const token = m[1] ?? m[2]!;
			if (isCoinedName(token) && !inAcronym(m.index + m[0].indexOf(token))) hits.push(hit(token));
		}
		return hits;
	},
};
