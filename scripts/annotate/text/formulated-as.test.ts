import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { statedBy } from './contribution-verb.ts';
import { withoutFormulatedAs } from './formulated-as.ts';
import { selectTldr } from './tldr.ts';

describe('withoutFormulatedAs', () => {
	it('reads out a problem formulated as a known kind of problem', () => {
		expect(withoutFormulatedAs('We formulate allocation as a contextual bandit and train the Allocator.')).toBe(' contextual bandit and train the Allocator.');
		expect(statedBy('We formulate allocation as a contextual bandit and train the Allocator with CAPO.')).toBeNull();
	});

	it('leaves a new thing formulated', () => {
		expect(withoutFormulatedAs('We formulate a new model of allocation.')).toBe('We formulate a new model of allocation.');
		expect(statedBy('We formulate a new model of allocation.')).toBe('other');
	});
});

describe('selectTldr with a problem formulated as another', () => {
	// After 2603.28610 (ResAdapt) of scripts/eval/listings/unseen-round31-hf-daily-2026-03-31.json, words changed.
	it('takes the sentence naming the system over the training step', () => {
		const abstract =
			'Multimodal models scale input fidelity, yet the visual token growth makes them costly. ' +
			'We argue that the bottleneck lies in the volume of pixels the encoder receives, and address it with ResAdapt, a framework that learns how much visual budget each frame should receive. ' +
			'We formulate allocation as a contextual bandit and train the Allocator with a cost-aware policy optimization.';
		expect(selectTldr(splitSentences(abstract), 'ResAdapt: Adaptive Resolution for Efficient Multimodal Reasoning').text).toMatch(/^We argue that the bottleneck/);
	});
});
