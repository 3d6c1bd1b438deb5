/**
 * Names a sentence lists after saying what they are: "three machine learning regression
 * models: Random Forest, Support Vector Machine and an Artificial Neural Network", "two
 * benchmarks: FooQA and BarBench". Each capitalised item of the list after the colon is one
 * of them; lower-case items ("accuracy and speed") are no names.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const LIST_INTRO = /\b(models|methods|algorithms|classifiers|regressors|learners|baselines|techniques|datasets|benchmarks|corpora|databases):\s+([^.;:]+)/g;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
// Every word capitalised ("Random Forest", "k-NN" aside), at most five words.
const NAME = /^[A-Z][\w+-]*(?:\s+(?:of\s+)?[A-Z0-9][\w+-]*){0,4}$/;

/** The capitalised items of a list introduced by "models:", "methods:", "datasets:" and the like. */
export const listedNames: EntityRule = {
	name: 'listed names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, LIST_INTRO)) {
			if (inUrl(m.index)) continue;
			const type = /^(?:datasets|benchmarks|corpora|databases)$/.test(m[1]!) ? 'dataset' : 'method';
			for (const raw of m[2]!.split(ITEM_SEPARATOR)) {
				const item = raw.replace(/^(?:an?|the)\s+/, '').trim();
				if (NAME.test(item) && !isGeneric(item) && !isKnown(item)) found.push({ type, name: item, role: 'used', forms: [] });
			}
		}
		return found;
	},
};
