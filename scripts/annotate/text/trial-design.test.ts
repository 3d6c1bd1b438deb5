import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { splitSummary } from './summary.ts';
import { tellsTrialDesign } from './trial-design.ts';

describe('tellsTrialDesign', () => {
	it('reads the treatments, the named design and how units were assigned or replicated', () => {
		expect(tellsTrialDesign('The treatments were sole oat (100 kg ha(-1)), sole lupin (150 kg ha(-1)) and three mixtures.')).toBe(true);
		expect(tellsTrialDesign('A randomised complete block design replicated four times was used.')).toBe(true);
		expect(tellsTrialDesign('Plots were arranged in a split-plot design with three replicates.')).toBe(true);
		expect(tellsTrialDesign('Pens were then randomly assigned to 1 of 3 diets in a 3 × 2 factorial arrangement of treatments.')).toBe(true);
		expect(tellsTrialDesign('Sixty ewes (52 ± 4 kg) were stratified by age and randomly assigned to 12 pens.')).toBe(true);
		expect(tellsTrialDesign('Our trial used a fractional factorial design of three factors.')).toBe(true);
	});

	it('leaves what the treatments did', () => {
		expect(tellsTrialDesign('The treatments increased grain yield by 12%.')).toBe(false);
		expect(tellsTrialDesign('Lupin in the mixtures significantly reduced weed biomass.')).toBe(false);
		expect(tellsTrialDesign('A randomized block design was used and showed that mixtures yield more.')).toBe(false);
	});
});

describe('splitSummary with a field trial', () => {
	// An invented agronomy abstract: the treatments' seed rates no longer pull the design into the results.
	it('keeps the treatments and the block design in the approach', () => {
		const abstract =
			'Mixed cropping of oat with lupin was compared with sole cropping for two seasons (2010-2011) at a research station. ' +
			'The treatments were sole oat (100 kg ha(-1)), sole lupin (150 kg ha(-1)) and mixtures of 25, 50 and 75% of the sole seed rate of lupin with full oat. ' +
			'A randomised complete block design replicated four times was used. ' +
			'Oat yield was reduced by mixed cropping only when the seed rate of lupin exceeded 50%. ' +
			'The land equivalent ratio of the mixtures exceeded 1.2 at all seed rates.';
		const approach = splitSummary(splitSentences(abstract)).approach.map((s) => s.text);
		expect(approach).toContain('The treatments were sole oat (100 kg ha(-1)), sole lupin (150 kg ha(-1)) and mixtures of 25, 50 and 75% of the sole seed rate of lupin with full oat.');
		expect(approach).toContain('A randomised complete block design replicated four times was used.');
	});
});
