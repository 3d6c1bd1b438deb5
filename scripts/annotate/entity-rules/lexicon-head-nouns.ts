/**
 * A lexicon name that is a compound modifier takes the head noun the abstract writes after it:
 * "multi-state closed population capture–recapture models", "mark-recapture methods",
 * "stop-loss designs". Such a name ("capture–recapture", two words joined by a hyphen or a dash)
 * stands for the family of techniques it qualifies, and is written before the noun that says which
 * (models, methods, analyses, estimates); the reader sees "capture–recapture models" named, and the
 * bare modifier alone would be the name cut short. The lexicon's type and entry stay the name's.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex, lexiconMatches } from './lexicon-names.ts';

/** Two lower-case words joined by a hyphen or a dash: a compound modifier ("capture–recapture"). */
const COMPOUND_MODIFIER = /^[a-z]+[-–][a-z]+$/;
/** A technique's head noun right after the modifier. */
const HEAD_AFTER = /^\s+(models?|methods?|analys[ie]s|estimates?|estimators?|designs?|approach(?:es)?)\b/;

/** Compound-modifier lexicon names with the technique noun written after them, as the name. */
export const lexiconHeadNouns: EntityRule = {
	name: 'lexicon head nouns',
	priority: 2,
	find({ abstract, lexicons, inUrl }) {
		const found: FoundName[] = [];
		for (const { start, text, hit } of lexiconMatches(abstract, lexiconIndex(lexicons))) {
			if (inUrl(start) || !COMPOUND_MODIFIER.test(text)) continue;
			const head = HEAD_AFTER.exec(abstract.slice(start + text.length, start + text.length + 16))?.[1];
			if (head) found.push({ type: hit.type, name: `${text} ${head}`, role: 'used', forms: [] });
		}
		return found;
	},
};
