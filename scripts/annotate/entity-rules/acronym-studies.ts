/**
 * Multicentre studies, registries and trials named by capitals, as clinical research names the
 * data it pools: "Post hoc analysis of ICA GLOBAL-AKI study", "results from the ICA-GLOBAL AKI
 * study" (an organisation's acronym joined to the study's name by a space or a hyphen), "data from
 * the Spanish and LATINDILI registries", "patients from the PREDICT study". The capitals name the
 * study; the paper analyses its patients, a used dataset. A title's study counts too ("… - results
 * from the ICA-GLOBAL AKI study") where the abstract names none ("international prospective study").
 *
 * Left out: a plural "studies" (a field's kind: "EEG studies"), a "network" ("the AWS network",
 * "the JAMA network" are no data), an acronym the abstract defines as a condition ("a
 * cross-sectional ALD cohort" of alcohol-related liver disease) and a compound of acronyms the
 * abstract defines, each a term of its own ("HRS-AKI cohort").
 */
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import { studiedConditions } from './studied-conditions.ts';

/** One word of capitals (two or more, digits allowed): "ICA", "GLOBAL", "AKI", "LATINDILI", "AK1". */
const CAPITALS = String.raw`[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*`;
/** Up to three such words joined by spaces or hyphens, then the study's head noun. */
const CAPITALS_STUDY = new RegExp(String.raw`(?<![\w-])(${CAPITALS}(?:[\s-]${CAPITALS}){0,2})\s(?:study|registry|registries|cohort|trial|consortium)\b`, 'g');

/** Whether the capitals name no study: a condition the abstract defines, or only acronyms it defines. */
function namesNoStudy(capitals: string, context: EntityContext): boolean {
	if (context.isGeneric(capitals) || studiedConditions.rejects({ name: capitals, forms: new Set([capitals]) }, context)) return true;
	const defined = new Set(context.acronyms.map((a) => a.short));
	return defined.has(capitals) || capitals.split(/[\s-]/).every((part) => defined.has(part));
}

/** "ICA GLOBAL-AKI study", "LATINDILI registries": capitals before a study's head noun, a used dataset. */
export const acronymStudies: EntityRule = {
	name: 'acronym studies',
	priority: 1,
	find(context) {
		const { title, abstract, inUrl } = context;
		const names = new Map<string, FoundName>();
		const read = (text: string, inTitle: boolean) => {
			for (const m of allMatches(text, CAPITALS_STUDY)) {
				const capitals = m[1]!;
				if ((!inTitle && inUrl(m.index)) || names.has(capitals) || namesNoStudy(capitals, context)) continue;
				names.set(capitals, { type: 'dataset', name: capitals, role: 'used', forms: [m[0]], statedType: true, titleOnly: inTitle && !abstract.includes(capitals) });
			}
		};
		read(abstract, false);
		// The title's study only when the abstract names none: a paper pools one study, and a title may
		// spell it otherwise ("GLOBAL-AK1" for the abstract's "GLOBAL-AKI").
		if (names.size === 0) read(title, true);
		return [...names.values()];
	},
};
