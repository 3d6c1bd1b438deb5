import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { expectsOutcome } from './expected-outcome.ts';
import { statesFinding } from './finding-statement.ts';
import { selectTldr } from './tldr.ts';

describe('expectsOutcome', () => {
	it('reads what the authors expected, hypothesised or predicted', () => {
		expect(expectsOutcome('We expected to find a difference in heart rate between the two rooms.')).toBe(true);
		expect(expectsOutcome('We hypothesized that warmer sites would hold more species.')).toBe(true);
		expect(expectsOutcome('The authors predicted that older birds would sing longer.')).toBe(true);
	});

	it('leaves what they found and an outlook on their own method', () => {
		expect(expectsOutcome('We found a difference in heart rate between the two rooms.')).toBe(false);
		expect(expectsOutcome('We expect this method to generalise to other sensors.')).toBe(false);
		expect(expectsOutcome('We tested the hypothesis that warmer sites hold more species.')).toBe(false);
	});

	it('keeps an expectation from reading as a finding', () => {
		expect(statesFinding('We expected to find a difference in heart rate between the two rooms.')).toBe(false);
	});
});

describe('selectTldr with an expectation', () => {
	// An invented indoor-climate abstract: the hypothesis holds a verb of finding, the aim and the finding say what the study is.
	it('prefers the aim or the finding to what was expected', () => {
		const abstract =
			'Stale air is common in classrooms. This study used heart rate monitors to explore how ventilation affects attention in pupils. ' +
			'The pupils were divided into two groups by classroom. We expected to find a difference in attention between the groups. ' +
			'Our work provided evidence that ventilation supports attention.';
		const tldr = selectTldr(splitSentences(abstract), 'Ventilation and attention in classrooms').text;
		expect(tldr).not.toMatch(/^We expected/);
	});
});
