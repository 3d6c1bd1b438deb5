import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { isEnumeratedPart } from './enumerated-parts.ts';

const parts = (abstract: string) => {
	const sentences = splitSentences(abstract);
	return sentences.map((_, i) => isEnumeratedPart(sentences, i));
};

describe('isEnumeratedPart', () => {
	it('takes a first item and the sentences that go on with it, up to the next item, as parts', () => {
		expect(parts('We study glaciers. First, we map their outlines. The maps cover two decades. Second, we model their melt.')).toEqual([false, true, true, false]);
	});

	it('reads "we then" after a fronted phrase as the next item', () => {
		expect(parts('We first define the task as a planning problem. Building upon this definition, we then group existing systems into four families.')).toEqual([true, false]);
		expect(parts('We first define the task as a planning problem. Building upon this definition, a benchmark follows.')).toEqual([false, false]);
	});

	it('takes no first item for a part when no next item follows', () => {
		expect(parts('First, we map glacier outlines. The maps cover two decades.')).toEqual([false, false]);
	});

	it('leaves out the paper\'s answer to a challenge the first item states', () => {
		expect(parts('First, sensors drift over time. To tackle this, we propose a recalibration scheme. Second, labels are scarce.')).toEqual([true, false, false]);
	});
});
