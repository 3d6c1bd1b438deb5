import { describe, expect, it } from 'vitest';
import { scoreSummary } from './score-summary.ts';

const predicted = {
	problem: [{ text: 'Reward design is hard.' }],
	approach: [{ text: 'We propose FooNet.' }, { text: 'Experiments on  Atari show a 5% gain.' }],
	results: [{ text: 'Code is available.' }],
};

describe('scoreSummary', () => {
	it('counts a sentence right when the part holding it is the snippet’s part, case and spacing aside', () => {
		const score = scoreSummary(predicted, { problem: ['reward design'], approach: ['We propose FooNet'], results: ['code is available'] });
		expect(score).toEqual({ labelled: { problem: 1, approach: 1, results: 1 }, right: { problem: 1, approach: 1, results: 1 }, wrong: [] });
	});

	it('names the sentence in another part with its gold and predicted parts', () => {
		const score = scoreSummary(predicted, { problem: [], approach: [], results: ['Experiments on Atari show'] });
		expect(score.right.results).toBe(0);
		expect(score.wrong).toEqual(['"Experiments on Atari show" results → approach']);
	});

	it('counts a snippet no predicted sentence holds as wrong, and a record without a summary as all wrong', () => {
		expect(scoreSummary(predicted, { problem: ['Nothing like this'], approach: [], results: [] }).wrong).toEqual(['"Nothing like this" problem → none']);
		expect(scoreSummary(undefined, { problem: ['Reward design'], approach: [], results: [] })).toMatchObject({ labelled: { problem: 1 }, right: { problem: 0 } });
	});
});
