/**
 * Compared methods told one by one, each defined with its acronym in its own clause: "The first
 * method relied only on odometer dead reckoning (ODR), the second method was the combination of
 * odometer and gyroscope data dead reckoning (OGDR) and the last method was based on …". Engineering
 * papers compare their candidate techniques so, in lower case; the ordinal subject ("the first
 * method", "the second approach") says each acronym defined in its clause is one of the techniques
 * compared, a method used. Two ordinals at least make the comparison; an acronym defined in a
 * clause with no ordinal subject is left to the other rules.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|last|final)`;
/** "the first method", "The second approach": an ordinal subject of a compared technique. */
const ORDINAL_SUBJECT = new RegExp(String.raw`\b[Tt]he\s+${ORDINAL}\s+(?:method|approach|technique|algorithm|procedure|strategy)\b`, 'g');
const ALGORITHM_HEAD = /\balgorithm$/i;

/** Acronyms defined in the clause of an ordinal subject, two ordinals at least, as methods used. */
export const ordinalMethodAcronyms: EntityRule = {
	name: 'ordinal method acronyms',
	priority: 1,
	find({ sentences, acronyms, isGeneric, isKnown }) {
		const found: FoundName[] = [];
		if (acronyms.length < 2) return found;
		for (const sentence of sentences) {
			const subjects = allMatches(sentence.text, ORDINAL_SUBJECT).map((m) => sentence.start + m.index);
			if (subjects.length < 2) continue;
			subjects.forEach((start, i) => {
				const end = subjects[i + 1] ?? sentence.end;
				for (const acronym of acronyms) {
					if (acronym.span.start < start || acronym.span.start >= end) continue;
					if (isGeneric(acronym.short) || isKnown(acronym.short) || isKnown(acronym.long)) continue;
					const type = ALGORITHM_HEAD.test(acronym.long) ? 'algorithm' : 'method';
					found.push({ type, name: acronym.short, role: 'used', forms: [acronym.long] });
				}
			});
		}
		return found;
	},
};
