import { describe, expect, it } from 'vitest';
import { statesPaperAim } from './paper-aim.ts';

describe('statesPaperAim', () => {
	it('reads the paper as the subject of its aim, told with "to" or with "at" and a gerund', () => {
		for (const text of [
			'This review aimed to map the evidence on falls in care homes.',
			'The present paper aims to compare two tillage systems.',
			'The research aims to assess whether grazing lowers yields.',
			'This study aims at improving the prediction of rotor noise.',
			'The study also aims at deepening our knowledge of boundary layers.',
			"This article's main topic is an assessment of drone noise in cities.",
			'This paper’s aim is to compare two tillage systems.',
			'This systematic review, conducted following the PRISMA guidelines, aims to evaluate the current state of the art.',
			// After a gap, "therefore" ties the aim to it.
			'This study therefore aims to conduct a systematic review of urban resilience indicators.',
		]) {
			expect(statesPaperAim(text), text).toBe(true);
		}
	});

	it("leaves the aims of tools, problems and others' work", () => {
		for (const text of [
			'The tool aims at improving understanding rather than precision.',
			'This problem aims at finding the rigid transformation parameters.',
			'Earlier studies aimed to describe the disease.',
			'This study aims high.',
			"The firm's main topic is risk.",
			'This review, which many cite, aims to help.',
		]) {
			expect(statesPaperAim(text), text).toBe(false);
		}
	});
});
