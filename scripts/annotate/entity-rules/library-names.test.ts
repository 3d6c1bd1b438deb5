import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { libraryNames } from './library-names.ts';

const find = (abstract: string) =>
	libraryNames
		.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}:${f.role}`);

// After wardat21deeplocalize in scripts/eval/listings/unseen-software-engineering.bib.
const KERAS =
	'Our approach is much more effective than the existing debugging approach used in the state-of-the-practice Keras library. For 34/40 cases, our approach was able to detect faults whereas the best debugging approach provided by Keras detected 32/40 faults.';

describe('libraryNames', () => {
	it('takes a capitalised word named as a library and written again on its own, as a method used', () => {
		expect(find(KERAS)).toEqual(['Keras:method:used']);
	});

	it('leaves a word named so once, a programming language, and the tail of a longer capitalised name', () => {
		expect(find('We build on the Bayesian framework of earlier work.')).toEqual([]);
		expect(find('We use the Python library. Python is popular.')).toEqual([]);
		expect(find('We use the Deep Learning framework. Learning is hard.')).toEqual([]);
	});
});
