import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { saysOnlyFrame } from './frame-only.ts';
import { selectTldr } from './tldr.ts';

describe('saysOnlyFrame', () => {
	it("reads a sentence of the paper's frame words only", () => {
		expect(saysOnlyFrame('This paper presents the major achievements of the project.')).toBe(true);
		expect(saysOnlyFrame('The main results of the study are discussed.')).toBe(true);
		expect(saysOnlyFrame('A new approach is proposed.')).toBe(true);
	});

	it('leaves a sentence with one word of subject matter, or a number', () => {
		expect(saysOnlyFrame('This paper presents the results of a survey of farmers.')).toBe(false);
		expect(saysOnlyFrame('I attempt to provide one.')).toBe(false);
		expect(saysOnlyFrame('This paper presents 12 new results.')).toBe(false);
	});
});

/** Sentences of frame words and others; the reader as first written matched every word before reading any. */
const WORDS = ['This', 'paper', 'presents', 'the', 'major', 'achievements', 'of', 'project', 'A', 'new', 'approach', 'is', 'proposed', 'results', 'farmers', 'survey', '12', 'é', "it's", '-', '.', ',', ''];
const sentences = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', ', ')), { maxLength: 10 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('saysOnlyFrame word by word', () => {
	it('gives what reading every word first gave', () => {
		fc.assert(
			fc.property(sentences, (sentence) => {
				const words = /\d/.test(sentence) ? null : sentence.match(/\p{L}[\p{L}'’-]*/gu);
				// One word alone is read as a sentence of one word: `saysOnlyFrame(word)` is the frame test of that word.
				const asWritten = words !== null && words.every((word) => saysOnlyFrame(word));
				expect(saysOnlyFrame(sentence)).toBe(asWritten);
				// Twice: the pattern's place in the text is reset whichever way the first call ended.
				expect(saysOnlyFrame(sentence)).toBe(asWritten);
			}),
		);
	});
});

describe('selectTldr with a frame-only sentence', () => {
	// Seen by the lead on a Scopus export of digital twins of seaports (2 of 591 records): the project's report.
	it('takes the sentence that says what was done over one that only names the paper and its achievements', () => {
		const abstract =
			'Ports need to plan their operations under uncertainty. This paper presents the major achievements of the project. ' +
			'A digital twin of the container terminal was built from crane and gate sensor data and used to test berth allocation rules.';
		expect(selectTldr(splitSentences(abstract), 'Digital twins for port operations').text).toBe(
			'A digital twin of the container terminal was built from crane and gate sensor data and used to test berth allocation rules.',
		);
	});
});
