/**
 * Standards cited by their code: "ISO 25178-2", "ISO/IEC 27001", "IEEE 802.11ax", "ASTM D638",
 * "RFC 9110". A standards body's initials, then the standard's number, is how every engineering and
 * measurement field cites the procedure or format it followed; a standard is a method in the schema.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A body (or two joined by a slash), then a number with its parts: "ISO 25178-2", "IEEE 802.11ax", "ASTM D638". */
// A camera's film speed ("ISO 800") is written the same way and is no standard.
const FILM_SPEED = String.raw`(?:50|64|100|125|160|200|250|320|400|500|640|800|1000|1250|1600|3200|6400|12800)(?![\d.:-])`;
const STANDARD = new RegExp(String.raw`(?<![\w/-])(?:ISO(?!\s${FILM_SPEED})|IEC|IEEE|ASTM|ANSI|DIN|RFC|ITU-[RT])(?:\/(?:IEC|IEEE|ASTM))?\s[A-Z]?\d{2,5}(?:[-.:]\d+)*[a-z]{0,2}(?![\w-])`, 'g');

/** Standards named by their code, as methods the paper follows. */
export const standardCodes: EntityRule = {
	name: 'standard codes',
	priority: 1,
	find({ abstract, inUrl }) {
		// A body's initials are rare: one plain test spares most abstracts the pattern.
		if (!/ISO|IEC|IEEE|ASTM|ANSI|DIN|RFC|ITU-/.test(abstract)) return [];
		return allMatches(abstract, STANDARD).filter((m) => !inUrl(m.index)).map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [], statedType: true }));
	},
};
