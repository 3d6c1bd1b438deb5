/**
 * A technique the abstract calls the field's established way of doing something, named in lower case
 * and with no acronym: "Since its inception more than thirty years ago, electroformation has become
 * the most commonly used method for growing giant unilamellar vesicles", "spin coating is a widely
 * used technique for thin films". Laboratory fields name their preparation methods so (electroformation,
 * electrospinning, sonication), where no capital, head noun or acronym marks a name; what says one is
 * meant is the sentence's shape: the phrase is the subject of a clause that calls it the (most) used,
 * common or popular method, technique, procedure or protocol. The subject opens its clause (a sentence,
 * or after the comma of an opening phrase), is one to three words and holds no function word, so
 * "comparison with living animals is the most common method" names nothing. A method the paper uses.
 */
import { STOP_WORD } from './analytical-techniques.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** The clause's subject, its verb, and "the most commonly used method": the technique is group 1. */
const ESTABLISHED = new RegExp(
	String.raw`(?:^|[.!?]\s+|,\s+)((?:[A-Z]?[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){0,2})\s+(?:has\s+(?:long\s+)?become|have\s+(?:long\s+)?become|is|are|remains|became)\s+` +
		String.raw`(?:the|an?|one\s+of\s+the)\s+(?:most\s+)?(?:(?:commonly|widely|frequently|routinely)\s+used|used|common|popular|established|well-established)\s+(?:methods?|techniques?|procedures?|protocols?)\b`,
	'g',
);

/** Lower-case techniques the abstract calls the established method of their field, as methods used. */
export const establishedMethods: EntityRule = {
	name: 'established methods',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		// Most abstracts call nothing the field's used or common method: one plain scan spares them the pattern.
		if (!/\s(?:used|common|popular|established)\s+(?:method|technique|procedure|protocol)/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, ESTABLISHED)) {
			const name = m[1]!;
			const at = m.index + m[0].indexOf(name);
			if (name.split(/\s+/).some((word) => STOP_WORD.test(word) || /^(?:it|they|which|who|what|each|every|all|most|many|some|one)$/i.test(word))) continue;
			if (isGeneric(name) || isKnown(name) || inUrl(at)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
