import { describe, expect, it } from 'vitest';
import { saysNothingShared } from './generic-reasons.ts';

describe('saysNothingShared', () => {
	it('knows phrases research prose writes about itself, in any field', () => {
		// Reasons seen on sites of rounds 35–37 and on Hugging Face days.
		for (const phrase of ['research directions', 'future prospects', 'design choices', 'downstream tasks', 'real-world applications', 'percentage points', 'innovative technologies', 'sudden change', 'recent years', 'diverse tasks', 'technical report', 'case report', 'confidence intervals', 'technological advances', 'negative effect', 'success rate', 'relative importance', 'improved performance', 'comparative evaluation', 'influencing factors']) {
			expect(saysNothingShared(phrase), phrase).toBe(true);
		}
	});

	// Reasons on the open held-out sites: "real world" written open, "real-world environments" of two world-model papers,
	// "unified framework", "practical implications", "research focus", "special case", "supplementary information".
	it('knows a compound written open that the vocabulary holds hyphenated, and the settings and grades of research prose', () => {
		for (const phrase of ['real world', 'real world applications', 'state of the art', 'real-world environments', 'unified framework', 'practical implications', 'research focus', 'scientific research', 'special case', 'supplementary information', 'specialized domains', 'year period']) {
			expect(saysNothingShared(phrase), phrase).toBe(true);
		}
		for (const phrase of ['real estate', 'unified multimodal models', 'marine environment', 'special relativity', 'scientific computing', 'world model']) {
			expect(saysNothingShared(phrase), phrase).toBe(false);
		}
	});

	it('keeps a phrase with one word of a subject, or of common nouns alone that a field names a subject by', () => {
		for (const phrase of ['sample efficiency', 'value functions', 'data efficiency', 'group relative', 'climate change', 'Dirac point', 'editing tasks', 'digital technologies', 'land use change', 'clinical practice', 'shore power', 'weight gain', 'quantum error correction', 'systematic literature review', 'information technology', 'big data', 'enhanced weathering', 'reduced graphene oxide', 'increased frequency of heatwaves', 'comparative genomics']) {
			expect(saysNothingShared(phrase), phrase).toBe(false);
		}
	});

	// Reasons between clinical papers on round 41's liver list and round 40's list on motoric cognitive risk: two studies of
	// people report alike whatever they study. Every empirical field reports a sample's means and a study's outcomes.
	it('knows how a study reports what it measured: its outcomes, predictors and subgroups, a summary of one variable', () => {
		for (const phrase of ['primary outcome', 'secondary outcomes', 'primary endpoint', 'independent predictors', 'subgroup analysis', 'outcome measures', 'baseline characteristics', 'mean age', 'median follow-up', 'increased age']) {
			expect(saysNothingShared(phrase), phrase).toBe(true);
		}
	});

	it('keeps what a study measures, and a statistic inside a longer name', () => {
		for (const phrase of ['patient outcomes', 'learning outcomes', 'treatment outcome', 'independent component analysis', 'independent set', 'primary production', 'primary care', 'secondary structure', 'baseline correction', 'mean arterial pressure', 'mean field theory', 'risk factor']) {
			expect(saysNothingShared(phrase), phrase).toBe(false);
		}
	});

	it('leaves a single word to the rules for single words', () => {
		expect(saysNothingShared('directions')).toBe(false);
	});
});
