import { describe, expect, it } from 'vitest';
import { chainWordPairs } from './word-pair-chains.ts';

const pair = (label: string, stems = label.split(' ')) => ({ stems, label });
const always = () => true;

describe('chainWordPairs', () => {
	it('reads overlapping pairs as the phrase they are parts of, in either order', () => {
		expect(chainWordPairs([pair('quantum monte', ['quantum', 'mont']), pair('monte carlo', ['mont', 'carlo'])], always).map((c) => c.label)).toEqual(['quantum monte carlo']);
		expect(chainWordPairs([pair('monte carlo', ['mont', 'carlo']), pair('quantum monte', ['quantum', 'mont'])], always).map((c) => c.label)).toEqual(['quantum monte carlo']);
	});

	it('joins a run of three pairs and leaves pairs that do not overlap', () => {
		const chains = chainWordPairs([pair('path integral'), pair('integral ground'), pair('ground state'), pair('zero shot')], always);
		expect(chains.map((c) => c.label)).toEqual(['path integral ground state', 'zero shot']);
	});

	it('joins two pairs only when the text says the phrase they would make', () => {
		const text = 'we study reinforcement learning with a tuned learning rate';
		const chains = chainWordPairs([pair('reinforcement learning'), pair('learning rate')], (phrase) => text.includes(phrase));
		expect(chains.map((c) => c.label)).toEqual(['reinforcement learning', 'learning rate']);
	});

	it('does not loop on pairs that read both ways', () => {
		expect(chainWordPairs([pair('learning rate'), pair('rate learning')], always).map((c) => c.label)).toEqual(['learning rate', 'rate learning']);
	});
});
