import { describe, expect, it } from 'vitest';
import { claimParts } from './claim-parts.ts';
import { ramario } from './fixtures/papers.ts';

describe('claimParts', () => {
	it('splits the sentence around the number', () => {
		expect(claimParts(ramario.claims[0]!)).toEqual({ before: 'Distances were ', value: '~1732', after: ' (PPO), ~1840 (DQN) and ~2300 (RAMario).' });
	});
	it('returns the whole sentence when the number is not inside it', () => {
		const claim = { value: { start: 0, end: 2, text: 'We' }, sentence: { start: 10, end: 20, text: 'abcdefghij' } };
		expect(claimParts(claim)).toEqual({ before: 'abcdefghij', value: null, after: '' });
	});
});
