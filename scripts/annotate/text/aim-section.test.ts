import { describe, expect, it } from 'vitest';
import { aimLabelsBeforeTheAim } from './aim-section.ts';

const ownVoice = (sentence: string) => /\b(?:this review|we)\b/i.test(sentence);

describe('aimLabelsBeforeTheAim', () => {
	it('marks an aim label over the scene when its section states the aim later', () => {
		// After 10.1097/01.moh.0000219663.88409.35 of scripts/eval/listings/unseen-round29-hypoxia-heatwaves.txt, words changed.
		const sentences = [
			'Purpose of review: The deacetylase sirtuin 1 is induced by calorie restriction.',
			'Sirtuin 1 is induced by exercise too.',
			'This review summarizes recent studies on sirtuins in the heart.',
			'Recent findings: Loss of sirtuin 1 leads to heart failure.',
		];
		expect(aimLabelsBeforeTheAim(sentences, ownVoice)).toEqual([true, false, false, false]);
	});

	it('leaves a label whose own sentence states the aim, and one whose section never does', () => {
		expect(aimLabelsBeforeTheAim(['Objective: This review summarizes X.', 'X is common.'], ownVoice)).toEqual([false, false]);
		// The aim stated under the next heading is that section's, not the label's.
		expect(aimLabelsBeforeTheAim(['Objective: X is common.', 'Methods: We reviewed 12 trials.'], ownVoice)).toEqual([false, false]);
	});
});
