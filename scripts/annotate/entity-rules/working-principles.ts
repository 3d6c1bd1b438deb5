/**
 * The physical principle a device or a method works by: "the sensor system is based on the
 * photoacoustic principle", "a detector operating on the thermal conductivity principle", "using
 * the time-of-flight principle". Instrument papers name their way of measuring so, by the effect it
 * reads, in lower case before "principle"; a principle shared by every design ("the same
 * principle", "the working principle") or named by what it serves ("the design principle") is no
 * method of its own.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A verb of working by, then "the", one to three lower-case words, and "principle". */
const PRINCIPLE = /\b(?:based\s+(?:on|upon)|operat(?:es|ing|ed)\s+on|work(?:s|ing|ed)?\s+on|relies\s+on|relying\s+on|using|uses|used|employs|employing|exploits|exploiting)\s+the\s+((?:[a-z][a-z-]+\s+){1,3}principle)\b(?!\s+of\b)/g;
/** Words that say which principle in general terms, or what it serves, rather than the effect it reads. */
const GENERAL = /^(?:same|basic|general|underlying|working|operating|operation|measuring|measurement|design|main|key|first|following|above|fundamental|physical|similar|new|novel|simple|detection|sensing)$/;

/** "the photoacoustic principle": a sensing principle, as a method used. */
export const workingPrinciples: EntityRule = {
	name: 'working principles',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!abstract.includes('principle')) return found;
		for (const m of allMatches(abstract, PRINCIPLE)) {
			const name = m[1]!.replace(/\s+/g, ' ');
			const words = name.split(' ').slice(0, -1);
			if (words.some((w) => GENERAL.test(w)) || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
