/**
 * Names a sentence counts and then lists without brackets: "five popular deep learning libraries
 * Caffe, Keras, Tensorflow, Theano, and Torch", "the four most often-discussed ML libraries:
 * TensorFlow, Scikit-learn, Keras, and PyTorch". As with a bracketed list, the count agreeing with
 * the items is what makes them names of the counted kind. Without brackets the list's end is
 * unmarked, so only one-word capitalised items joined by commas and a last "and"/"or" are taken,
 * and a run that does not number as counted ("two tools Git and GitHub Actions") is left alone.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';

const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// A count, at most three words describing the kind, a plural kind, an optional colon, then a run
// of one-word capitalised items separated by commas, the last after "and" or "or".
const COUNTED_RUN =
	/\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+((?:[\w-]+\s+){0,3}?)([a-z]+(?:s|ora))(?::\s*|\s+)([A-Z][\w+-]*(?:\s*,\s*[A-Z][\w+-]*)*\s*,?\s+(?:and|or)\s+[A-Z][\w+-]*)(?![\w+-])/g;
// Kinds that state an entity type; others ("libraries", "tools") are used methods.
const DATASET_KIND = /^(?:datasets|benchmarks|corpora|databases|surveys|catalog(?:ue)?s|archives)$/i;
const MODEL_KIND = /^models$/i;

/** The capitalised one-word names listed without brackets after a count of their kind, as many as counted. */
export const countedRuns: EntityRule = {
	name: 'counted runs',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of abstract.matchAll(COUNTED_RUN)) {
			if (inUrl(m.index)) continue;
			const count = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
			const items = m[4]!.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).map((item) => item.trim());
			if (items.length !== count) continue;
			const kind = m[3]!;
			const type = DATASET_KIND.test(kind) ? 'dataset' : MODEL_KIND.test(kind) ? 'model' : 'method';
			for (const item of items) if (!isGeneric(item) && !isKnown(item)) found.push({ type, name: item, role: 'used', forms: [] });
		}
		return found;
	},
};
