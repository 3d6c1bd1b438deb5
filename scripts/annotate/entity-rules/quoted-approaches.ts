/**
 * A way of working named in quotation marks before its kind noun: "a unique 'black box/white box'
 * approach", "our “learning by teaching” method", "a so-named "flipped lab" strategy". Education,
 * management and design papers coin their approaches with ordinary words, which only the quotation
 * marks set apart from prose; the kind noun after them says a method is meant. The words inside
 * (one to five, no sentence punctuation) are the name, when they are more than one plain word: a
 * single quoted word ("a ‘secular’ approach") marks a stance, not a name. A quoted model or framework
 * is left to the rules that read its kind with it ("a new "log-quadratic" model").
 *
 * Only the paper's own coinage counts, where the phrase says so ("our", "unique", "novel", "new",
 * "own"): a quoted phrase with a bare article is as often an idiom the authors borrow ("a "best of
 * both worlds" method") as a name, and no mark tells the two apart. But for title case: an idiom is
 * quoted as it is spoken, a name as it is titled ("a “Data Quality by Contract” approach", every word
 * capitalised but the short joining ones). Such a name is the authors' where their sentence speaks
 * as "we" ("We propose to apply a …"), else one they use.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/**
 * An article or "our", a word of owning or novelty, the quoted words, and a kind noun of a way of working,
 * maybe after a word saying what it works on ("a novel "Base-and-Bonus" reward strategy").
 */
const QUOTED = /\b(a|an|the|our)\s+(?:(unique|novel|new|own|original)\s+)?(?:[a-z-]+\s+)?(?:'|‘|“|")((?:[A-Za-z][\w/+-]*)(?:\s+[A-Za-z][\w/+-]*){0,4})(?:'|’|”|")\s+(?:[a-z-]+\s+)?(approach|method|methodology|strategy|technique|paradigm|pedagogy)\b/g;

/** Title case: two capitalised words at least, and lower case only for short joining words ("by", "of", "on"). */
const TITLED = /^[A-Z][\w/+-]*(?:\s+(?:(?:by|of|on|for|in|to|as|and|or|the|with|at)\s+)?[A-Z][\w/+-]*)+$/;

/** "a unique 'black box/white box' approach": the authors' quoted coinage before its kind, as a method they introduce. */
export const quotedApproaches: EntityRule = {
	name: 'quoted approaches',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!/['‘“"]/.test(abstract)) return found;
		for (const m of allMatches(abstract, QUOTED)) {
			const [, article, owned, name] = m as unknown as [string, string, string | undefined, string];
			if (!/[\s/-]/.test(name) || isGeneric(name) || isKnown(name) || inUrl(m.index)) continue;
			if (article === 'our' || owned) found.push({ type: 'method', name, role: 'introduced', forms: [] });
			else if (TITLED.test(name)) {
				const sentence = sentences.find((span) => m.index >= span.start && m.index < span.end)?.text ?? '';
				found.push({ type: 'method', name, role: /\b[Ww]e\b/.test(sentence) ? 'introduced' : 'used', forms: [] });
			}
		}
		return found;
	},
};
