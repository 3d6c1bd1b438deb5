import { describe, expect, it } from 'vitest';
import { findClaimValues, findClaimValuesOfTexts } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('findClaimValues', () => {
	// After the terlipressin entry of scripts/eval/listings/unseen-round5-gut-microbiome.csl.json.
	it('reads the estimate, not the level or bounds of the confidence interval after it', () => {
		expect(values('Terlipressin was associated with colonisation (OR 9.47, 95%-CI 2.96–30.23, p < 0.0001).')).toEqual(['9.47']);
		expect(values('Apart from antibiotic therapy (odds ratio (OR) 2.91, 95%-confidence interval (CI) 1.82–4.93), mortality fell (OR 0.61, 95% CI: 0.45 to 0.83).')).toEqual(['2.91', '0.61']);
		expect(values('Accuracy reached 95% on the test set.')).toEqual(['95%']);
	});

	it('reads no result in the level of intervals named in the plural, or of a prediction interval', () => {
		expect(values('We report 95 % confidence intervals for every estimate.')).toEqual([]);
		expect(values('Yields rose by 12% (90% prediction interval 8–15%) across sites; 95% CIs overlapped.')).toEqual(['12%']);
	});

	// After the DeepLocalize entry of scripts/eval/listings/unseen-software-engineering.bib.
	it('reads how many of a set of counted items, before a plural noun', () => {
		expect(values('For 34/40 cases, our approach was able to detect faults whereas Keras detected 32/40 faults.')).toEqual(['34/40', '32/40']);
		expect(values('Our approach was able to localize 21/40 bugs.')).toEqual(['21/40']);
	});

	it('leaves a part larger than its whole, and a slash before no plural noun', () => {
		expect(values('It offers 24/7 operations.')).toEqual([]);
		expect(values('The ratio was 1/2 in the field.')).toEqual([]);
		expect(values('A rate of 1/N drops.')).toEqual([]);
	});

	// After the ARPEGE/Climate entry of scripts/eval/listings/unseen-climate.bib.
	// Hepatology: shares of patients by grade; the grade's number names a category, no amount sharing the percentage's unit.
	it('reads no result in the number of a stage or grade listed between shares, and keeps numbers sharing a unit', () => {
		expect(values('Within the first week, 68.8% of patients had ACLF, 30.1% with grade 1, 34.5% with grade 2, and 35.4% with grade 3.')).toEqual(['68.8%', '30.1%', '34.5%', '35.4%']);
		expect(values('Of them, 34.5% had stage 2 and 35.4% stage 3.')).toEqual(['34.5%', '35.4%']);
		expect(values('Yields rose by 12.1 and 16.9% in the two years.')).toEqual(['12.1', '16.9%']);
	});

	// Clinical abstracts: a grade range written with a slash joins two categories, and a bracketed part of a whole with its
	// significance is a tested count.
	it('leaves a slashed grade or stage range, and reads a bracketed part of a whole beside its p-value', () => {
		expect(values('Grade 3/4 toxicities were seen in 40% of patients.')).toEqual(['40%']);
		expect(values('Stage 1/2 tumours were resected.')).toEqual([]);
		expect(values('Resistant strains were commoner in rural clinics (21/30, p = 0.003).')).toEqual(['21/30']);
		expect(values('Resistant strains were commoner in rural clinics (9/4, p = 0.003).')).toEqual([]);
	});

	it('reads a duration with a bracketed confidence interval, and a percentage spelled out', () => {
		expect(values('Symptoms preceded diagnosis by a median of 4.5 years (95% CI, 3.1 to 6.0 years).')).toEqual(['4.5 years']);
		expect(values('Forty-one percent of the treated and 12% of the control children recovered.')).toEqual(['Forty-one percent', '12%']);
		expect(values('Twelve per cent of the plots burned.')).toEqual(['Twelve per cent']);
	});

	it('reads a fraction a change is by, in words', () => {
		expect(values('The number of heavy rain days increases by one quarter in winter.')).toEqual(['one quarter']);
		expect(values('The maximum length of dry episodes increases by one half in summer.')).toEqual(['one half']);
		expect(values('Costs fell sharply by two thirds.')).toEqual(['two thirds']);
	});

	it('reads the factor a quantity is multiplied or divided by', () => {
		expect(values('The number of heat wave days is multiplied by 10.')).toEqual(['10']);
		expect(values('The error is divided by 3 at most.')).toEqual(['3']);
	});

	it('leaves a fraction no change is by, and a number after another "by"', () => {
		expect(values('One half of the stations were moved by one quarter of the team.')).toEqual([]);
		expect(values('The data were produced by 10 stations.')).toEqual([]);
	});

	// After entries of scripts/eval/listings/unseen-seismology.bib.
	it('reads a percentage with its unit spelled out', () => {
		expect(values('The picker selected 66 per cent of the local phases and 90 percent of the others.')).toEqual(['66 per cent', '90 percent']);
	});

	it('reads a physical quantity a copula reports, and one coordinated with it', () => {
		expect(values('Peak acceleration and velocity during the mainshock were 0.45g and 27 cm/sec, respectively.')).toEqual(['0.45g', '27 cm/sec']);
		expect(values('The stations recorded 0.45g and a velocity of 27 cm/sec.')).toEqual([]);
	});

	it('reads a range of multiples a comparison follows, and a value a modal verb may reach', () => {
		expect(values('Rotation rates are factors of 5-60 greater than those predicted.')).toEqual(['factors of 5-60']);
		expect(values('Magnitude differences may reach 0.2 for large events.')).toEqual(['0.2']);
		expect(values('It depends on factors of 3 kinds.')).toEqual([]);
	});

	it('reads an amount after "as few as" or "as little as" as "only" is read', () => {
		expect(values('The tracker keeps accuracy while storing as few as 3K keypoints.')).toEqual(['3K']);
		expect(values('It learns from as little as 200 labels.')).toEqual(['200']);
	});

	it('reads a span of time written in words', () => {
		expect(values('It could issue a warning a few to tens of seconds ahead of damaging ground motion.')).toEqual(['a few to tens of seconds']);
		expect(values('A few seconds of data were used.')).toEqual([]);
	});

	// After the flood-timescale entry of scripts/eval/listings/unseen-hydrology.bib.
	it('reads both ends of the span of time a measured quantity ranges over', () => {
		expect(values('The median flood timescales range from 16 h in the hilly catchments, where convective storms prevail, to 104 h in the lowland catchments.')).toEqual(['16 h', '104 h']);
		expect(values('The range is even larger for different flood types, from 7 h for flash floods to 200 h for snowmelt floods.')).toEqual(['7 h', '200 h']);
	});

	it('leaves a span of counts or areas a sample ranges over, and a span no range is stated of', () => {
		expect(values('We use 396 catchments ranging from 5 to 10,000 km2 in size.')).toEqual([]);
		expect(values('The experiment lasted from 9 h to 17 h each day.')).toEqual([]);
	});
});

describe('findClaimValues in words', () => {
	it('finds the numbers a sentence without digits states in words, in any case', () => {
		expect(values('Inference is two orders of magnitude faster.')).toEqual(['two orders of magnitude']);
		expect(values('It gives a three-fold gain and is twice as accurate.')).toEqual(['three-fold', 'twice']);
		expect(values('Errors drop by a factor of three.')).toEqual(['factor of three']);
		expect(values('The bulk method overestimates evaporation by a factor 2 in summer.')).toEqual(['factor 2']);
		expect(values('Items loaded on a factor 3 times as often.')).not.toContain('factor 3');
		expect(values('Costs fell by two thirds.')).toEqual(['two thirds']);
		expect(values('Two Orders of magnitude separate them.')).toEqual(['Two Orders of magnitude']);
	});

	it('finds none in a sentence that says no such word', () => {
		expect(values('We propose a new method for ordering data.')).toEqual([]);
	});

	it('reads a value with its uncertainty in brackets, also after a raw LaTeX "about" sign', () => {
		expect(values('We report a threshold of 1.9(4)% for the code.')).toEqual(['1.9(4)%']);
		expect(values('We report a threshold of $\\sim1.9(4)\\%$ for the code.')).toEqual(['1.9(4)\\%']);
		// A listing that strips LaTeX's backslashes and dollars ("$\\sim2\\times$" → "sim2times").
		expect(values('It reduces inference latency by up to sim2times at matched accuracy.')).toEqual(['2times']);
		expect(values('The simulation ran for a long time.')).toEqual([]);
	});

	it('reads "order-of-magnitude" before the change it measures, and not before other nouns', () => {
		expect(values('We estimate order-of-magnitude improvements in the overheads.')).toEqual(['order-of-magnitude']);
		expect(values('Order-of-magnitude estimates of the flux are given.')).toEqual([]);
	});

	it('reads the time a capability takes after "can", and no time without one', () => {
		expect(values('The simulator can analyze a circuit of 20 thousand qubits (8 million gates) in 15 seconds.')).toEqual(['15 seconds']);
		expect(values('The survey was completed in 10 minutes by most farmers.')).toEqual([]);
	});
	// After the Dr.LLM entry of scripts/eval/listings/unseen-first-hf-daily-2025-10-15.json.
	it('keeps percentage points written "%p" whole', () => {
		expect(values('Dr.LLM improves accuracy by up to +3.4%p on ARC.')).toEqual(['+3.4%p']);
		expect(values('It reaches 45%, p < 0.05.')).toEqual(['45%']);
	});

	it('reads a before → after pair when a named place stands between the change and "from"', () => {
		expect(values('Our decoder raises BLEU on WMT14 from 27.1 to 29.4 without retraining.')).toEqual(['27.1 to 29.4']);
		expect(values('It improves recall on MS-COCO from 0.52 to 0.61.')).toEqual(['0.52 to 0.61']);
		// a setting changed in a group of the study is no place
		expect(values('The dose was increased in the second cohort from 10 to 20 units.')).toEqual([]);
	});

	it('reads the amount a system achieves as an average, a mean or a peak', () => {
		expect(values('On one GPU, the renderer achieves an average of 950 FPS at full resolution.')).toEqual(['950']);
		expect(values('The array reaches a peak of 4,200 detections per night.')).toEqual(['4,200']);
		expect(values('We sampled an average of 12 trees per plot.')).toEqual([]);
	});

	it('reads what a verb of reaching reaches when a quantity of any name is stated before "of"', () => {
		expect(values('The engine is ready for streaming, achieving an RTF of 0.195 on one GPU.')).toEqual(['0.195']);
		expect(values('The inferred correlation coefficients reach values of up to 0.93 on held-out days.')).toEqual(['0.93']);
		// obtaining a sample is a step, and a temperature to reach is a setting
		expect(values('We obtained a sample of 500 households.')).toEqual([]);
		expect(values('To reach a temperature of 300 K, the cell is heated.')).toEqual([]);
	});

	it('reads a multiple in words of the quantity it is set against ("six times the previous record")', () => {
		expect(values('The top speed was three times the best earlier value for such pumps.')).toEqual(['three times']);
		expect(values('Our cache serves twice the throughput of the baseline.')).toEqual(['twice']);
		expect(values('It reaches ten times that of the reference design.')).toEqual(['ten times']);
		// a setting scaled by a multiple, and a size that describes, are no result
		expect(values('We train for twice the number of steps and with three times the data.')).toEqual([]);
		expect(values('The reservoir covers an area twice the size of the lake.')).toEqual([]);
	});

	it('reads "double" or "triple" after a copula or a bound as a multiple of what it is set against', () => {
		expect(values('The injury rate is roughly double the regional mean.')).toEqual(['double']);
		expect(values('Yields were nearly triple those of the control plots.')).toEqual(['triple']);
		// a verb of doubling a setting, and a setting scaled in words, are no result
		expect(values('We double the batch size and train with double the data.')).toEqual([]);
	});

	it('reads rates per a round magnitude of exposure, and a count sharing the denominator', () => {
		expect(values('The county had 20 deaths and 700 serious injuries per billion kilometres walked.')).toEqual(['20 deaths', '700 serious injuries per billion kilometres walked']);
		expect(values('We drew 10 images per class.')).toEqual([]);
	});

	it('reads a share of counted items written "N out of M" when its clause compares', () => {
		expect(values('The new planner was faster in four out of five scenes.')).toEqual(['four out of five']);
		expect(values('It outperforms the baseline on 7 out of 9 datasets.')).toEqual(['7 out of 9']);
		expect(values('Three out of ten volunteers were women.')).toEqual([]);
	});
});

describe('findClaimValues on typeset and damaged text', () => {
	// Exports and typesetting: the tilde operator, "almost equal", and a lost thin space before a unit.
	it('reads an approximate amount typeset with the tilde operator or "≈"', () => {
		expect(values('Bite force peaks at a gape of less than ∼30 degrees.')).toEqual(['∼30']);
		expect(values('The new solver is ≈ 40 times faster.')).toEqual(['≈ 40 times']);
		// a size that describes, and the first end of a span
		expect(values('We built a ∼3,000-species phylogeny for frequencies ranging from ∼0.01 to 16 Hz.')).toEqual([]);
	});

	it('reads an amount whose space before the unit an export lost, as the text has it', () => {
		const text = 'The mean daily gain was 1.2\uFFFDkg over the trial.';
		expect(findClaimValues(text)).toEqual([{ index: 24, text: '1.2\uFFFDkg' }]);
		// a lost letter is no space
		expect(findClaimValues('The parameters were: L\uFFFD\uFFFD = 92.4 cm and k = 0.21 year–1.').map((v) => v.text)).toEqual(['92.4 cm']);
	});

	it('reads a range of times something is done within', () => {
		expect(values('Symptoms resolved within 24-48 h of treatment.')).toEqual(['24-48 h']);
	});

	// Astrophysics and chemistry written in inline LaTeX, as arXiv listings keep it.
	it('reads numbers in inline LaTeX, each given back as the source text', () => {
		expect(values('The measured rate coefficient is 4.2 $\\times$ 10$^{-11}$ cm$^3$ s$^{-1}$ at 20 K.')).toEqual(['4.2 $\\times$ 10$^{-11}$']);
		expect(values('Adding the prior decreases $σ_{f}$ from $1.4$ to $0.3$ in the mock data.')).toEqual(['$1.4$ to $0.3$']);
		expect(values('A 3.1$σ$ excess is seen near the line.')).toEqual(['3.1$σ$']);
	});

	it('reads scientific notation with a negative power, and a range of it, but not a positive power', () => {
		expect(values('The flux is 2.1 x 10^-13 and the ratio ranges from 0.4 to 7.5 × 10^{-9}.')).toEqual(['2.1 x 10^-13', '0.4 to 7.5 × 10^{-9}']);
		expect(values('Runs used a density of 3 × 10^{4} cm^-3.')).toEqual([]);
	});

	it('reads an estimate with asymmetric errors, and a significance of what was found', () => {
		expect(values('We infer a spin of 0.72^{+0.11}_{-0.09} for the merger.')).toEqual(['0.72^{+0.11}_{-0.09}']);
		expect(values('The signal is detected at 4.2σ, with 3σ upper limits elsewhere.')).toEqual(['4.2σ']);
	});

	it('reads a decimal count of orders of magnitude', () => {
		expect(values('It constrains the rate to within 2.5 orders of magnitude.')).toEqual(['2.5 orders of magnitude']);
	});

	// Clinical abstracts exported as plain text type "±" as "+/-".
	it('reads a mean with its deviation typed "+/-", and a change between two of them', () => {
		expect(values('At follow-up, the spleen (0.41 +/- 0.1 kg) was larger.')).toEqual(['0.41 +/- 0.1']);
		expect(values('Lean mass index decreased from 17.2 +/- 2.1 kg/m2 to 16.0 +/- 1.9 kg/m2 over a year.')).toEqual(['17.2 +/- 2.1 kg/m2 to 16.0 +/- 1.9 kg/m2']);
	});

	it('leaves the level of a credible interval', () => {
		expect(values('The mass is constrained to 1.4 kg (90% credible interval).')).toEqual([]);
	});

	it('reads a listed number that carries its own bracketed significance before the unit', () => {
		expect(values('Grip and leg strength increased 31.5 (P less than 0.01) and 44.2% (P less than 0.001), respectively.')).toEqual(['31.5', '44.2%']);
	});
});

describe('findClaimValuesOfTexts', () => {
	it('gives each text, its finders run over all the texts at once, the values it has alone', () => {
		const texts = [
			'It improves by 4.5%.',
			'No number here.',
			'The loss fell from $0.69$ to $0.08$ after tuning.',
			'Body mass fell by 17\uFFFDkg over the year.',
			'The new solver is two orders of magnitude faster, and four of the six runs converged.',
			'Our model reaches an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512.',
			'Mortality fell (OR 0.61, 95% CI: 0.45 to 0.83) and costs were cut in half.',
			'It runs $\\sim1.9\\%$ slower, or sim2times faster with caching.',
		];
		const together = findClaimValuesOfTexts(texts);
		expect(together).toEqual(texts.map((text) => findClaimValues(text)));
		expect(together[0]).toEqual([{ index: 15, text: '4.5%' }]);
		expect(together.filter((values) => values.length > 0).length).toBeGreaterThanOrEqual(7);
	});
});

describe('findClaimValues of an averaged F1', () => {
	it('reads a number before "macro-F1" or "micro-F1" as a metric value, as before "F1"', () => {
		expect(values('Performance reaches only 44.4% on A and 46.6 macro-F1 on B.')).toEqual(['44.4%', '46.6 macro-F1']);
		expect(values('The tagger scores 81.2 micro-F1.')).toEqual(['81.2 micro-F1']);
	});
});

describe('findClaimValues of a metric stated with "="', () => {
	it('reads the value after a metric and "=", as after a metric and a space', () => {
		expect(values('On the test partition, the detector achieves F1 = 0.9829 with a low false positive rate.')).toEqual(['0.9829']);
		expect(values('The classifier reached AUC=0.91 on held-out data.')).toEqual(['0.91']);
	});

	it('leaves an "=" after no metric', () => {
		expect(values('The model was trained with k = 5 neighbours.')).toEqual([]);
	});

	// Wind-power forecasting (after round 39's energy listing): each error and fit bracketed after its name.
	it('reads a bare value bracketed right after its score or fit statistic', () => {
		expect(values('The SVM delivered the lowest MAPE (2.42%), the highest R2 (0.95), and the lowest MAE (71.21%).')).toEqual(['2.42%', '0.95', '71.21%']);
		expect(values('The F1 (2020) split was used, and accuracy (see Table 2) is reported.')).toEqual([]);
	});
	it('reads points named by the score they are of, never a count of data points', () => {
		expect(values('Training strengthens reasoning, with gains peaking at more than 50 accuracy points on the longest chains.')).toEqual(['50 accuracy points']);
		expect(values('It improves on the baseline by 3 absolute points.')).toEqual(['3 absolute points']);
		expect(values('We sampled 50 data points per site.')).toEqual([]);
	});
});
