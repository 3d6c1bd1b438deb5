/**
 * A coined name set before "our" and a kind of work is the authors' own, whatever adjectives stand
 * between: "scores on FooEval, our suite of 12 hard benchmarks", "trained with BarNet, our compact
 * detection model". `our-own-name.ts` reads "Name, our proposed …" (a word of novelty after "our");
 * here the kind noun itself must follow within four words, so "our" alone says whose the thing is, and
 * the apposition must end there: "On FooSet and BarSet, our model achieves …" opens a clause instead.
 * A kind of data (suite, benchmark, dataset, corpus, collection) makes the name a dataset.
 */
import { isCoinedName } from '../coined-name.ts';
import { OUR } from '../../text/first-person.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const KIND = String.raw`(suite|benchmark|dataset|corpus|collection|model|framework|system|method|approach|algorithm|architecture|pipeline|agent|tool|toolkit|library|platform)s?`;
/** "Name, our [up to four words] kind": the name, then the kind noun. */
// The apposition ends after the kind (punctuation, or what qualifies it: "of", "for", "that" …); a verb there
// makes "our kind" the subject of a new clause ("On FooSet and BarSet, our model achieves …").
const APPOSITION_END = String.raw`(?=\s*[,.;:)]|\s+(?:of|for|that|which|with|built|trained|designed|covering|spanning)\b)`;
const NAME_OUR_KIND = new RegExp(String.raw`(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+{0,2}),\s+${OUR}\s+(?:[\w-]+\s+){0,4}?${KIND}\b${APPOSITION_END}`, 'g');
const DATA_KIND = /^(?:suite|benchmark|dataset|corpus|collection)$/;

/** "Name, our … kind" anywhere in the abstract. */
export const ourApposedName: NameRule = {
	name: 'our apposed name',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }) {
		// Most abstracts set no name before ", our": one plain scan spares them the pattern.
		if (!abstract.includes(', our ')) return [];
		const hits: NameHit[] = [];
		for (const m of allMatches(abstract, NAME_OUR_KIND)) {
			const [, name, kind] = m as unknown as [string, string, string];
			if (!isCoinedName(name) || isGeneric(name) || isKnown(name)) continue;
			hits.push({ name, forms: [name], type: DATA_KIND.test(kind) ? 'dataset' : 'method' });
		}
		return hits;
	},
};
