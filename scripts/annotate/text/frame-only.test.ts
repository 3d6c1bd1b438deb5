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
