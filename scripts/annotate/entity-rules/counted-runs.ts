/**
 * Names a sentence counts and then lists without brackets: "five popular deep learning libraries
 * Caffe, Keras, Tensorflow, Theano, and Torch", "the four most often-discussed ML libraries:
 * TensorFlow, Scikit-learn, Keras, and PyTorch". As with a bracketed list, the count agreeing with
 * the items is what makes them names of the counted kind. Without brackets the list's end is
 * unmarked, so only one-word capitalised items joined by commas and a last "and"/"or" are taken,
 * and a run that does not number as counted ("two tools Git and GitHub Actions") is left alone.
 */
import { COUNT, countedNames, countOf } from './counted-kind.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// A count, at most three words describing the kind, a plural kind, an optional colon, then a run
// of one-word capitalised items separated by commas, the last after "and" or "or".
const COUNTED_RUN = new RegExp(
	String.raw`\b${COUNT}\s+((?:[\w-]+\s+){0,3}?)([a-z]+(?:s|ora))(?::\s*|\s+)([A-Z][\w+-]*(?:\s*,\s*[A-Z][\w+-]*)*\s*,?\s+(?:and|or)\s+[A-Z][\w+-]*)(?![\w+-])`,
	'g',
);

/** The capitalised one-word names listed without brackets after a count of their kind, as many as counted. */
export const countedRuns: EntityRule = {
	name: 'counted runs',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, COUNTED_RUN)) {
			if (inUrl(m.index)) continue;
			const items = m[4]!.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).map((item) => item.trim());
			if (items.length !== countOf(m[1]!)) continue;
			found.push(...countedNames(items, m[3]!, isGeneric, isKnown));
		}
		return found;
	},
};
