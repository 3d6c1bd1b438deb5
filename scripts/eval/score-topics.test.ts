import { describe, expect, it } from 'vitest';
import { isNounPhraseTitle } from './score-topics.ts';

describe('isNounPhraseTitle', () => {
	it.each(['Knowledge editing, hallucinations', 'Offline RL', 'Video generation models', 'Reinforcement learning', 'Gene programs, metadata', 'Pretrained diffusion model'])(
		'accepts %s',
		(title) => {
			expect(isNounPhraseTitle(title)).toBe(true);
		},
	);
	it.each(['Propose, used', 'Used in', 'Large', 'Factual knowledge, edit', 'LLMs fall short', 'Integrate, classification'])('rejects %s', (title) => {
		expect(isNounPhraseTitle(title)).toBe(false);
	});
});
