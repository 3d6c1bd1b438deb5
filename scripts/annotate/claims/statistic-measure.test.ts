import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

const measureOf = (text: string, value: string) => {
	const start = text.indexOf(value);
	return claimMeasure(analyzeText(text).tokens, start, start + value.length, text)?.text ?? null;
};

describe('statisticMeasure, as a claim measure', () => {
	// Plant breeding, psychometrics: the statistic named first, what it relates after it, the values last.
	it('gives the statistic a sentence names as the subject that reports the number', () => {
		const text = 'Correlations between predicted breeding values of young rams and their 2015 progeny means were 0.31, 0.52 to 0.58, and 0.47, respectively.';
		expect(measureOf(text, '0.31')).toBe('Correlations');
		expect(measureOf(text, '0.52 to 0.58')).toBe('Correlations');
		expect(measureOf('The test-retest reliability between the two waves of the survey was 0.83.', '0.83')).toBe('test-retest reliability');
	});

	// Remote sensing: a bracketed gloss of the subject, and a judgement of the value that "at" gives.
	it('reads past a bracket in the subject and a judgement before "at"', () => {
		const text = 'The correlation coefficient between the two moisture indices over the wet months (May to July) was fairly strong, at 0.71.';
		expect(measureOf(text, '0.71')).toBe('correlation coefficient');
	});

	it('leaves amounts with a unit and a statistic of another clause', () => {
		expect(measureOf('The correlation was strong, and the mean yield was 4.5 t/ha.', '4.5 t/ha')).not.toBe('correlation');
		expect(measureOf('Compared with the reference, the overall error of the registration was about 1.5 and 0.6 mm.', '1.5')).not.toBe('reference');
		expect(measureOf('With a high accuracy of the sensor, the root-mean-square error was 1.5.', '1.5')).not.toBe('high accuracy of the sensor');
	});
});
