/**
 * A study named only in the title of its own report: "Resistance in Bloodstream Infections and
 * Associated Outcomes: VIRAPERU Study", "The KESTREL Trial: …". Surveillance studies, trials and
 * cohorts are named by a word in capitals that the report's title gives with the head "Study",
 * "Trial" or "Cohort", standing alone before or after the title's colon, while the abstract says
 * only "a surveillance study was conducted". The study is the paper's own: the data it collected,
 * introduced, its one mention in the title.
 *
 * Capitals before "study" are as often a condition or a group ("the COPD cohort", "an HIV study"),
 * so the name must stand as the whole of one side of the colon, and the abstract must never write
 * it: a condition or a group the paper studies is one its abstract speaks of, and an acronym it
 * defines is its own words. A listed or generic name is left to the lexicons.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';

/** "VIRAPERU Study", "The KESTREL Trial": capitals (digits and inner hyphens allowed) and the head, one side of the colon. */
const STUDY_SIDE = /^(?:The\s+)?([A-Z][A-Z\d]*(?:-[A-Z\d]+)*)\s+(Study|Trial|Cohort)\.?$/;

/** The study a title names alone on one side of its colon, when the abstract never writes its name. */
export const titledStudyNames: EntityRule = {
	name: 'titled study names',
	priority: 1,
	find({ title, abstract, isGeneric, isKnown }) {
		const colon = title.indexOf(': ');
		if (colon < 0) return [];
		const found: FoundName[] = [];
		for (const side of [title.slice(0, colon), title.slice(colon + 2)]) {
			const m = STUDY_SIDE.exec(side.trim());
			// Four letters at least: a two- or three-letter code is a condition's or a group's more often than a study's.
			if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 4) continue;
			const [, word, head] = m as unknown as [string, string, string];
			const name = `${word} ${head}`;
			if (abstract.toLowerCase().includes(word.toLowerCase()) || isKnown(word) || isKnown(name) || isGeneric(word)) continue;
			found.push({ type: 'dataset', name, role: 'introduced', forms: [word], titleOnly: true, statedType: true });
		}
		return found;
	},
};
