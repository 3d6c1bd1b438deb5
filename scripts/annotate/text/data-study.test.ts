import { describe, expect, it } from 'vitest';
import { studiesFromData } from './data-study.ts';

describe('studiesFromData', () => {
	it('reads a study told by the data it used and what it set out to learn', () => {
		expect(studiesFromData('We used 30 years of banding records to estimate survival of two warblers.')).toBe(true);
		expect(studiesFromData('Here, we analysed long-term survey observations (1990–2020) to investigate a decline of eiders.')).toBe(true);
	});

	it('leaves a tool used, and a step told with "then"', () => {
		expect(studiesFromData('We used the model to simulate runoff.')).toBe(false);
		expect(studiesFromData('We then used household survey data to estimate adoption rates.')).toBe(false);
	});
});
