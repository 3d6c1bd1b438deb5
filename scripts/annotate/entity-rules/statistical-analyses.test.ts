import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { isStatisticalAnalysis, statisticalAnalyses } from './statistical-analyses.ts';

const analyses = (abstract: string) => statisticalAnalyses.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('statisticalAnalyses', () => {
	it('takes a regression named by its family, as subject or object, in any field', () => {
		// education, epidemiology, geography
		expect(analyses('Logistic regression models were used to analyze survey data.')).toEqual(['Logistic regression models:method/used']);
		expect(analyses('We examined referrals using multilevel logistic regression models.')).toEqual(['multilevel logistic regression models:method/used']);
		expect(analyses('With the entomological data, we apply a LASSO regression to perform a variable selection.')).toEqual(['LASSO regression:method/used']);
		expect(analyses('It combines the expectation-maximization algorithm and geographically weighted regression.')).toEqual(['geographically weighted regression:method/used']);
	});

	it('takes models named by their structure, and the act of modelling', () => {
		expect(analyses('Using hierarchical linear modeling, results revealed that engagement was higher.')).toEqual(['hierarchical linear modeling:method/used']);
		expect(analyses('Results from multilevel modeling that controlled for school factors found effects.')).toEqual(['multilevel modeling:method/used']);
		expect(analyses('Attitudes were tested with structural equation models.')).toEqual(['structural equation models:method/used']);
		// unseen-round31 ESG in supply chains: "Structural equation modeling applies to check the model and hypotheses' significance."
		expect(analyses('Structural equation modeling applies to check the hypotheses.')).toEqual(['Structural equation modeling:method/used']);
	});

	it('takes sampling schemes and ordination analyses', () => {
		// statistics, quantum computing, ecology
		expect(analyses('To address this, we conducted a Monte Carlo simulation, modeling a population.')).toEqual(['Monte Carlo simulation:method/used']);
		expect(analyses('We then benchmark the code using Monte Carlo sampling to estimate logical error rates.')).toEqual(['Monte Carlo sampling:method/used']);
		expect(analyses('Schools were selected using probability proportional to size (PPS) sampling from strata.')).toEqual(['probability proportional to size (PPS) sampling:method/used']);
		expect(analyses('A partial canonical-correspondence analysis suggested that differences remained.')).toEqual(['partial canonical-correspondence analysis:method/used']);
	});

	it('takes the adjustments of causal inference, the weighting that fits a model aside', () => {
		expect(analyses('The effect of exposure on relapse was estimated using inverse probability weighted marginal structural models.')).toEqual(['marginal structural models:method/used']);
		expect(analyses('Outcomes were compared between the two clinics using propensity score adjustment.')).toEqual(['propensity score adjustment:method/used']);
		expect(analyses('Propensity score scores were computed.')).toEqual([]);
	});

	it('leaves a family inside a longer name, or modifying another noun', () => {
		expect(analyses('Using large-scale quantum Monte Carlo simulations we study bosons.')).toEqual([]);
		expect(analyses('It enables search via algorithms such as Monte Carlo Tree Search.')).toEqual([]);
		expect(analyses('Forecasts were combined using a quantile regression average that aimed to maximise performance.')).toEqual([]);
		expect(analyses('Logistic regression coefficients are reported.')).toEqual([]);
	});

	it('takes a beta regression with how it is fitted and what it inflates, and variance partitioning', () => {
		expect(analyses('Bayesian multilevel zero-one inflated beta regression was used to determine the predictors of regrowth.')).toEqual([
			'Bayesian multilevel zero-one inflated beta regression:method/used',
		]);
		expect(analyses('We used census data with generalized linear mixed models and variance partitioning to rank the drivers.')).toEqual([
			'generalized linear mixed models:method/used',
			'variance partitioning:method/used',
		]);
		expect(analyses('Beta regression coefficients were small.')).toEqual([]);
	});

	it('tells a whole statistical family, however capitalised, from a name that only holds one', () => {
		expect(isStatisticalAnalysis('Generalised Linear Model')).toBe(true);
		expect(isStatisticalAnalysis('Structural Equation Model')).toBe(true);
		expect(isStatisticalAnalysis('Community Earth System Model')).toBe(false);
		expect(isStatisticalAnalysis('Linear Model Zoo')).toBe(false);
	});

	it('leaves a broad kind with no family word', () => {
		expect(analyses('Regression results indicated an association, and a regression model was fitted.')).toEqual([]);
		expect(analyses('Moderation analyses revealed that these effects were pronounced.')).toEqual([]);
	});
});

describe('statisticalAnalyses, response kinds and splines', () => {
	it('reads a response kind before a regression family, and a spline named by its basis', () => {
		expect(analyses('Multinomial logistic regression revealed that being within 90 d from death was the principal risk factor.')).toEqual([
			'Multinomial logistic regression:method/used',
		]);
		expect(analyses('Survival was examined using Cox regression and restricted cubic splines in 3,262 patients.')).toContain('restricted cubic splines:method/used');
	});
	it('takes an analysis of variance named by its design, and author-named correlations', () => {
		expect(analyses('A three-way repeated measures analysis of variance compared the sessions.')).toEqual(['three-way repeated measures analysis of variance:method/used']);
		expect(analyses('Scores were compared with a mixed-design ANOVA and Spearman rank correlations.')).toEqual(['mixed-design ANOVA:method/used', 'Spearman rank correlations:method/used']);
		expect(analyses('Pearson correlations determined relationships between the two strength measures.')).toEqual(['Pearson correlations:method/used']);
		// A coefficient in a bracketed aside is the measure a result is read by.
		expect(analyses('No predictor won under any measure (Kendall and Pearson correlation).')).toEqual([]);
		// A bare analysis of variance is the lexicons' to name.
		expect(analyses('An analysis of variance was run.')).toEqual([]);
	});
});

describe('statisticalAnalyses, link-named models, Bayesian hierarchies, resampling and time to event', () => {
	it('takes a regression model named by its link alone', () => {
		expect(analyses('Odds of walking to work came from multilevel logistic models fitted by district.')).toEqual(['multilevel logistic models:method/used']);
		expect(analyses('Counts of visits were fitted with negative binomial models.')).toEqual(['negative binomial models:method/used']);
		// "linear models" is a kind, not a family.
		expect(analyses('Several linear models were compared.')).toEqual([]);
	});

	it('takes a hierarchical model that "Bayesian" names, and a resampling scheme', () => {
		expect(analyses('Rates were smoothed with Bayesian hierarchical models for each ward.')).toEqual(['Bayesian hierarchical models:method/used']);
		expect(analyses('Standard errors came from bootstrap resampling of households.')).toEqual(['bootstrap resampling:method/used']);
	});

	it('takes an analysis of the time until an event, as the subject of a finding', () => {
		expect(analyses('An event history analysis of strikes in three industries shows a wave pattern.')).toEqual(['event history analysis:method/used']);
		expect(analyses('Kaplan-Meier survival analysis was performed.')).toEqual([]);
	});
});
