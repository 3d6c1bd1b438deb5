/**
 * Named diagnostic and classification criteria, as clinical papers write them: a body's or a
 * consensus's acronym before a lower-case "criteria" ("ACLF was classified by EASL-CLIF criteria",
 * "diagnosed using NIAAA criteria", "the KDIGO criteria", "DSM-5 criteria"). The criteria are
 * a published definition the paper applies to its patients, a used method named by the acronym;
 * the acronym alone is another form of it. An acronym the abstract defines as a condition
 * ("Motoric Cognitive Risk (MCR) syndrome … met the MCR criteria") names the condition the
 * criteria define, which the paper studies, and is left to the condition filter; so is one the abstract
 * writes as what people have ("met the MCR criteria … participants with MCR").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { studiedConditions } from './studied-conditions.ts';

/** "EASL-CLIF", "NIAAA", "DSM-5", "ACR/EULAR": capitals (two or more), parts joined by a hyphen or a slash. */
const ACRONYM = String.raw`[A-Z][A-Z0-9]*[A-Z](?:[-/–][A-Z0-9]+)*`;
const ACRONYM_CRITERIA = new RegExp(String.raw`(?<![\w-])(${ACRONYM})\scriteria\b`, 'g');
/** Whether the text writes the acronym as a condition people have: "participants with MCR", "those without MCR". */
const hadAsCondition = (acronym: string, text: string) =>
	new RegExp(String.raw`\b(?:with|without|had|has|have|developed|developing)\s+${escapeRegExp(acronym)}(?![\w-])`).test(text);

/** "EASL-CLIF criteria": an acronym before "criteria", a used method. */
export const acronymCriteria: EntityRule = {
	name: 'acronym criteria',
	priority: 1,
	find(context) {
		const { abstract, isGeneric, inUrl } = context;
		if (!abstract.includes(' criteria')) return [];
		const names = new Map<string, FoundName>();
		for (const m of allMatches(abstract, ACRONYM_CRITERIA)) {
			const acronym = m[1]!;
			if (inUrl(m.index) || isGeneric(acronym) || names.has(m[0])) continue;
			if (studiedConditions.rejects({ name: acronym, forms: new Set([acronym]) }, context) || hadAsCondition(acronym, abstract)) continue;
			names.set(m[0], { type: 'method', name: m[0], role: 'used', forms: [acronym], statedType: true });
		}
		return [...names.values()];
	},
};
