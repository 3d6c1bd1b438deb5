/**
 * A shared test case of a prediction workshop or challenge: "the XRM-7 geometry of the 2nd Drag
 * Prediction Workshop", "the AB-2 configuration from the Icing Challenge". Engineering fields set
 * common geometries and configurations that every participant computes and compares, as other
 * fields set benchmarks, so the named case is data the paper uses. The name is coined (capitals in
 * a row, a digit or a hyphen between capitals) and the workshop is named after it by "of" or "from".
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A coined name, a noun of a test case, then "of|from the … Workshop|Challenge|Competition". */
const CASE_OF_WORKSHOP = /\b([A-Z][A-Za-z\d]*(?:-[A-Za-z\d]+)*)\s+(?:geometry|configuration|test\s+case)\s+(?:of|from)\s+the\s+[^.;]{0,80}?\b(?:Workshop|Challenge|Competition)\b/g;
/** Capitals in a row or a digit: a coined designation, not a capitalised word. */
const COINED = /[A-Z]{2}|\d/;

/** Coined names of workshops' test geometries and configurations, as datasets used. */
export const workshopTestCases: EntityRule = {
	name: 'workshop test cases',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, CASE_OF_WORKSHOP)) {
			const name = m[1]!;
			if (!COINED.test(name) || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			found.push({ type: 'dataset', name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
