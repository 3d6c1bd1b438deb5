/**
 * A model named in lower case inside quotation marks, the quotes closing after "model": "using the
 * 'animal model'", "quantitative genetic "animal models" can be used", "the so-called "medical model"".
 * Quantitative genetics, the social sciences and medicine name their models with ordinary words, and
 * the quotation marks around the whole term, its head noun included, are what say a term of art is
 * meant; no capital or acronym marks it. (Quotes that close before the kind noun, "a "log-cubic"
 * model", name the model's shape and are left to the rules that read a kind after a quoted word.)
 *
 * One to three lower-case words before "model" or "models", as written; a used method, or introduced
 * where the authors call it theirs ("our", "new", "novel").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** An opening quotation mark, one to three lower-case words (hyphens allowed), "model(s)", the closing mark. */
const QUOTED_MODEL = /(?:'|‘|“|")((?:[a-z][a-z-]*\s+){1,3}models?)(?:'|’|”|")/g;
/** Words before the quotes that make the model the authors' own. */
const OWNED = /\b(?:our|new|novel)\s+(?:[a-z-]+\s+)?$/;

/** "using the 'animal model'": a lower-case model named in quotes, a used method. */
export const quotedModelNames: EntityRule = {
	name: 'quoted model names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!/model/.test(abstract) || !/['‘“"]/.test(abstract)) return found;
		for (const m of allMatches(abstract, QUOTED_MODEL)) {
			const name = m[1]!.replace(/\s+/g, ' ');
			if (inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			const owned = OWNED.test(abstract.slice(Math.max(0, m.index - 30), m.index));
			found.push({ type: 'method', name, role: owned ? 'introduced' : 'used', forms: [] });
		}
		return found;
	},
};
