/**
 * The parts of the paper's pipeline given as a lettered or numbered list of stages: "It works in
 * four stages: a) Mapping with HeronMap 3.0, b) Routing with Wayfind, c) Scoring with GullScore
 * 3.0". A list of stages is a list of one kind of thing; when two of its stages at least name parts
 * the paper already introduces (by their version or a verb of making), the coined name of each
 * other stage is the paper's part too. A list naming fewer of the paper's own is left alone: its
 * stages may as well be run with others' tools.
 */
import { isCoinedName } from '../coined-name.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A run of stages opened by "a)", "b)", … or "1)", "2)", … after a colon. */
const STAGES = /:\s*((?:\(?(?:[a-h]|\d)\)\s+[^;:()]+?(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\.(?=\s|$))){2,})/g;
/** One stage's marker, where it begins. */
const MARKER = /\(?(?:[a-h]|\d)\)\s+/g;
/** Own parts a list needs before its other stages count as own. */
const MIN_OWN = 2;

/** Coined names of the stages listed beside two of the paper's own parts or more, as its own. */
export const enumeratedParts: NameRule = {
	name: 'enumerated parts',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }, found) {
		if (found.length < MIN_OWN || !/[a-h1-9]\)\s/.test(abstract)) return [];
		const hits: NameHit[] = [];
		for (const m of allMatches(abstract, STAGES)) {
			const stages = m[1]!.split(MARKER).filter((s) => s.trim() !== '');
			const own = stages.filter((stage) => found.some((h) => h.forms.some((form) => stage.includes(form)) || stage.includes(h.name)));
			if (own.length < MIN_OWN) continue;
			for (const stage of stages) {
				if (own.includes(stage)) continue;
				for (const token of stage.split(/[\s,.;]+/)) {
					if (isCoinedName(token) && !isKnown(token) && !isGeneric(token) && !hits.some((h) => h.name === token)) hits.push({ name: token, forms: [token], type: 'method' });
				}
			}
		}
		return hits;
	},
};
