import { describe, expect, it } from 'vitest';
import { withoutStimulusPresentation } from './stimulus-presentation.ts';
import { selectTldr } from './tldr.ts';
import { splitSentences } from '../sentences.ts';

describe('withoutStimulusPresentation', () => {
	// After the infant word-learning entry of scripts/eval/listings/unseen-language-acquisition.bib.
	it('blanks the verb of stimuli shown to the beings of a study', () => {
		expect(withoutStimulusPresentation('We presented 6- to 9-mo-old infants with sets of pictures.')).not.toMatch(/present/);
		expect(withoutStimulusPresentation('Participants were presented with spoken words.')).not.toMatch(/present/);
	});

	it('leaves a contribution with a thing for object', () => {
		const sentence = 'We present a framework with three modules for parsing.';
		expect(withoutStimulusPresentation(sentence)).toBe(sentence);
	});

	it('lets the demonstration outrank the procedure as the TL;DR', () => {
		const abstract =
			'Here, we demonstrate that this consensus about the developmental sequence of human language learning is flawed. We presented 6- to 9-mo-old infants with sets of pictures to view while their parent named a picture in each set.';
		expect(selectTldr(splitSentences(abstract), 'At 6–9 months, human infants know the meanings of many common nouns').text).toMatch(/^we demonstrate/i);
	});
});
