import { describe, expect, it } from 'vitest';
import { isNounPhraseTitle, profileWords } from './score-topics.ts';

describe('isNounPhraseTitle', () => {
	it.each(['Knowledge editing, hallucinations', 'Offline RL', 'Video generation models', 'Reinforcement learning', 'Gene programs, metadata', 'Pretrained diffusion model'])(
		'accepts %s',
		(title) => {
			expect(isNounPhraseTitle(title)).toBe(true);
		},
	);
	it.each(['Out-of-school suspensions', 'Off-policy evaluation', 'In-context learning, agents'])('accepts %s, whose hyphenated first word is a modifier, not a preposition', (title) => {
		expect(isNounPhraseTitle(title)).toBe(true);
	});
	it.each(['Propose, used', 'Used in', 'Large', 'Factual knowledge, edit', 'LLMs fall short', 'Integrate, classification'])('rejects %s', (title) => {
		expect(isNounPhraseTitle(title)).toBe(false);
	});

	it('reads each word as the collection uses it', () => {
		const profile = profileWords([
			'We create a generative infinite game. The infinite game is played by many systems.',
			'The reward model scores answers. A reward signal and preference data guide the reward model.',
			'Group rewards follow user preferences.',
		]);
		expect(isNounPhraseTitle('Infinite, systems', profile)).toBe(false);
		expect(isNounPhraseTitle('Reward, preference', profile)).toBe(true);
	});

	it('takes an acronym in capitals for a noun even where the collection only writes it before another noun', () => {
		const profile = profileWords(['Surface NMR data processing', 'Inverting NMR signals', 'Fast NMR relaxation experiments']);
		expect(isNounPhraseTitle('Surface NMR', profile)).toBe(true);
		expect(isNounPhraseTitle('Surface nmr', profile)).toBe(false);
	});
});

describe('profileWords', () => {
	it('keeps the most frequent tag of each lower-cased, singular word and whether it heads a phrase', () => {
		const profile = profileWords(['The model learns. A model helps. Models of games help.']);
		expect(profile.get('model')).toEqual({ pos: 'NOUN', nounShare: 1, plural: true, head: true });
		expect(profile.get('learn')?.pos).toBe('VERB');
	});
});
