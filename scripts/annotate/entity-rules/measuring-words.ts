/**
 * A measuring technique named by one word: "active range of motion was measured using goniometry",
 * "the basics of photogrammetry", "studies applying … morphometry". Clinical, heritage and earth
 * sciences name a technique so, by a "-metry" word, lower case and with no modifier, which
 * `analytical-techniques.ts` needs. Words of the same ending that name no measuring ("geometry",
 * "symmetry", "stoichiometry") are left out. The word must stand as a noun phrase of its own: a
 * function word before it (a name before it, "ASAS-SN photometry", makes it part of that name) and
 * punctuation, a function word or a verb after it ("telemetry studies", "photogrammetry software"
 * make it a modifier of another thing).
 */
import { STOP_WORD } from './analytical-techniques.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const MEASURING = /(?<![\w-])([A-Za-z][a-z]{2,}metry)(?![\w-])/g;
/** "-metry" words that name no way of measuring. */
const NOT_MEASURING = /^(?:geo|sym|asym|iso|trigono|stoichio|bio)metry$/i;
/** What may follow the word so it heads its own phrase: punctuation, a function word or a verb. */
const ENDS_PHRASE = /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|to|for|with|of|in|on|at|by|from|as|that|which|is|are|was|were|has|have|had|can|could|may|might|will|would|should|offers?|allows?|enables?|provides?|\w+ed)\b)/;

/** "goniometry", "photogrammetry": one-word measuring techniques, as methods the paper uses. */
export const measuringWords: EntityRule = {
	name: 'measuring words',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		// Most abstracts write no "-metry" word: one test spares them the scan.
		for (const m of abstract.includes('metry') ? allMatches(abstract, MEASURING) : []) {
			const name = m[1]!;
			if (NOT_MEASURING.test(name) || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			const before = /(\S+)\s+$/.exec(abstract.slice(Math.max(0, m.index - 40), m.index))?.[1];
			if (before !== undefined && !STOP_WORD.test(before) && !/[,;:(.!?]$/.test(before) && !/^(?:using|applying|employing|means)$/i.test(before)) continue;
			if (!ENDS_PHRASE.test(abstract.slice(m.index + name.length, m.index + name.length + 24))) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
