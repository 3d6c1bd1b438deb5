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

	it('reads the paper as the subject using data, in the present, after a fronted purpose', () => {
		expect(studiesFromData('To gain a deeper understanding of these challenges, the study utilizes data from the 2016 National Survey of Private Firms to identify the factors of adoption.')).toBe(true);
		expect(studiesFromData('This paper uses census records to estimate the returns to schooling.')).toBe(true);
		// another's study, reported in the past
		expect(studiesFromData('The study used data from 40 farms to estimate yields.')).toBe(false);
	});
});
