/**
 * A program, game or app named in quotation marks and then called one: "through the lens of "The
 * Climb," a software initially introduced as a game", "“Duolingo”, a mobile application". Tourism,
 * education and media studies study a named product, whose title is ordinary words ("The Climb")
 * that only the quotation marks and the apposition set apart from prose. The title is taken as
 * written, its article included, as a used method (a tool the study works with).
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/**
 * A quoted title of one to five capitalised words (a comma or space may close it inside the quotes),
 * then ", a/an …" and a noun of software within three words.
 */
const QUOTED_SOFTWARE =
	/(?:“|")([A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4})[,\s]*(?:”|")\s*,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:software|game|video\s+game|app|application|program|platform)\b/g;

/** ""The Climb," a software …": a quoted product's title, called software, as a used method. */
export const quotedSoftware: EntityRule = {
	name: 'quoted software',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/[“"]/.test(abstract)) return [];
		return allMatches(abstract, QUOTED_SOFTWARE)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m): FoundName => ({ type: 'method', name: m[1]!, role: 'used', forms: [] }));
	},
};
