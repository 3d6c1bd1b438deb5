import { describe, expect, it } from 'vitest';
import { scoreKeywords } from './score-keywords.ts';

describe('scoreKeywords', () => {
	it('recalls a reference keyphrase in the other number or case', () => {
		const score = scoreKeywords(['Diffusion models', 'attention maps'], ['diffusion model', 'attention map', 'motion editing'], []);
		expect(score).toMatchObject({ reference: 3, recalled: 2, missed: ['motion editing'], noise: 0 });
	});

	it('reads a hyphen as a space or as nothing and leaves a parenthesised aside out', () => {
		const score = scoreKeywords(['deep learning pipeline', 'autoencoders', 'mock catalogues'], ['Deep-Learning (DL) pipeline', 'auto-encoders', 'mock catalogue'], []);
		expect(score).toMatchObject({ recalled: 3, noise: 0 });
	});

	it('lets a phrase one word longer recall a reference keyphrase of two words or more', () => {
		const score = scoreKeywords(['accurate cosmological N-body code', 'denoising autoencoder'], ['cosmological N-body code', 'denoising'], []);
		expect(score).toMatchObject({ recalled: 1, missed: ['denoising'], noisy: ['denoising autoencoder'] });
	});

	it('does not let a longer or shorter phrase stand for a reference keyphrase', () => {
		expect(scoreKeywords(['motion', 'human motion editing tasks'], ['motion editing'], []).recalled).toBe(0);
	});

	it('counts as noise only phrases that are neither reference keyphrases nor known names', () => {
		const score = scoreKeywords(['VINE', 'it', 'It', 'image editing'], ['image editing'], ['VINE']);
		expect(score).toMatchObject({ predicted: 3, noise: 1, noisy: ['it'] });
	});
});
