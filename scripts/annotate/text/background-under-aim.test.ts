import { describe, expect, it } from 'vitest';
import { statesBackgroundUnderAim } from './background-under-aim.ts';

describe('statesBackgroundUnderAim', () => {
	it('reads a state of things printed under an aim heading as background', () => {
		expect(statesBackgroundUnderAim('Falls are a common cause of injury among older adults, and their causes are unclear.')).toBe(true);
		expect(statesBackgroundUnderAim('Few treatments for chronic tinnitus exist.')).toBe(true);
	});

	it('reads the usual ways of stating an aim as an aim', () => {
		for (const body of [
			'To examine the factors affecting uptake of screening.',
			'The aim of this study was to assess adherence.',
			'Our objective was to compare two regimens.',
			'We investigated the course of muscle wasting.',
			'This study tested the accuracy of an algorithm.',
			'This was an exploratory study to assess dietary change.',
			'Assess whether exercise lowers blood pressure.',
		])
			expect(statesBackgroundUnderAim(body), body).toBe(false);
	});
});
