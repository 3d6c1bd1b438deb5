import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findStatisticReports } from './statistic-reports.ts';

const values = (text: string) => findStatisticReports(text).map((v) => v.text);

describe('findStatisticReports', () => {
	// Plant breeding, psychometrics: the statistic named first with what it relates, then a list "respectively" resolves.
	it('reads each value a named statistic is reported with, after its qualifiers', () => {
		expect(values('Correlations between predicted and observed yields in the dry, wet, and mixed seasons were 0.31, 0.52 to 0.58, and 0.47, respectively.')).toEqual([
			'0.31',
			'0.52 to 0.58',
			'0.47',
		]);
		expect(values('The test-retest reliability of the anxiety scale, across all three waves, was 0.83.')).toEqual(['0.83']);
		expect(values('Heritabilities of plant height ranged from 0.21 to 0.35.')).toEqual(['0.21 to 0.35']);
	});

	it('reads a ratio estimate reported with a copula, its interval in brackets after it', () => {
		expect(values('The hazard ratio for falls in the youngest group compared with the oldest was 0.4 (0.1-0.9).')).toEqual(['0.4']);
		expect(values('The relative risk of relapse was 0.62 (0.45-0.85) after a year.')).toEqual(['0.62']);
		// After the MEDLINE listings of geriatrics: the odds named alone, the interval's name opening the bracket after the value.
		expect(values('The odds of meeting the criteria in those with the exposure was 1.8 (confidence interval = 1.0-3.0; P = .035).')).toEqual(['1.8']);
		expect(values('The odds of recovery were 2.4 (95% CI 1.2-4.6) in the treated arm.')).toEqual(['2.4']);
		expect(values('The odds were 2.5 years apart.')).toEqual([]);
	});

	it('reads a value "at" gives after a judgement of it', () => {
		expect(values('The correlation between the two soil indices over the wet months (May to July) was fairly strong, at 0.71.')).toEqual(['0.71']);
		expect(values('Agreement coefficients were moderate at 0.45 and 0.52.')).toEqual(['0.45', '0.52']);
	});

	it('reads the value a statistic could be brought to', () => {
		expect(values('The prediction accuracy could be increased up to 0.71 by adding the imputed markers.')).toEqual(['0.71']);
	});

	it('leaves counts, amounts of something else and values no verb reports', () => {
		expect(values('The accuracy of the raters was checked in 2.5 hours.')).toEqual([]);
		expect(values('Correlation coefficients were computed for 12 traits.')).toEqual([]);
		expect(values('The highest correlation was observed with a threshold of 0.5.')).toEqual([]);
		expect(values('The mean age of participants was 0.8 years.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The autocorrelation between yields of successive years was 0.42.').map((v) => v.text)).toEqual(['0.42']);
	});

	// Medicine: a mean named as subject, its unit bracketed after its name.
	it('reads a mean reported by a copula, past a bracket after its name, but not an age in years', () => {
		expect(values('At baseline, mean waist circumference (WC; in cm) was 98.4, with most patients obese.')).toEqual(['98.4']);
		expect(values('The mean age of the participants was 63.5 years.')).toEqual([]);
	});
});
