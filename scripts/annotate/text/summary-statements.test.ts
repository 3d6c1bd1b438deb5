import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { splitSummary } from './summary.ts';
import { statementCues } from './summary-statements.ts';

describe('statementCues', () => {
	it.each([
		'A simple and coherent framework for partitioning uncertainty in multimodel climate ensembles is presented.',
		'A bootstrap resampling procedure is proposed to estimate exceedance frequencies during the base period.',
		'First, a bias correction algorithm, quantile delta mapping (QDM), that preserves relative changes is presented.',
		'Here, such a risk is investigated with daily temperature minimum and maximum.',
		'Here, an image processing technique designed to transfer colour information–the N-dimensional transform–is adapted for use as a bias correction.',
		'It is proposed here as a correction of GCM output for applications where sophisticated methods are not available.',
		'Seven measures of flow variability were developed, and their characteristics were examined.',
	])('reads a contribution or study in the passive as the approach: %s', (sentence) => {
		expect(statementCues(sentence)).toEqual({ approach: 3, results: 0 });
	});

	it.each([
		'Next, methods are applied to phase 5 of the Coupled Model Intercomparison Project daily precipitation projections.',
		'First, a pool of candidate observed analog days is chosen by matching the model field to observed days.',
		'Then, the one candidate analog day that best matches in the local area is the single analog day used there.',
		'Then, we assess the performance of knowledge editing methods on five dimensions.',
		'Specifically, optimal transport distances are calculated between gene distributions across the graph.',
		'Index values were calculated for 515 Midwestern streams for the 27-year period.',
		'Performance is assessed based on precipitation extremes indices.',
		'Some sources were spatially superimposed in order to test the pipeline deblending capabilities.',
		'For each signal trace, the envelope function is calculated and passed through a nonlinear amplifier.',
		'The resulting signal is then subjected to a statistical analysis to yield arrival time.',
		'Polarization properties of the regional seismic phases are examined in detail.',
		'These components are then included as nuisance parameters within general linear models.',
		'Eventually a local non-rigid transformation is exploited to register the two images.',
		'The wavelet coefficients are utilized as features of the classifier.',
	])('reads a step of the procedure as the approach: %s', (sentence) => {
		expect(statementCues(sentence).approach).toBe(1.5);
	});

	// agronomy: a field experiment's setup, its establishment told in the past passive; "established that" is a finding
	it('reads a step told with "done with" or "demonstrated on", and a contribution in the progressive passive, as the approach', () => {
		expect(statementCues('The inversion is done with borehole data.').approach).toBe(1.5);
		expect(statementCues('The model is demonstrated on a small alpine catchment.').approach).toBe(1.5);
		expect(statementCues('Finally, two case studies are also being presented.').approach).toBe(3);
		expect(statementCues('This is usually done with a lock-in filter.').approach).toBe(0);
	});

	it('reads what was measured or sampled, told in the past, as a step; in the present it may state a finding', () => {
		expect(statementCues('Nitrate concentrations were quantified along three rivers, using a field photometer.').approach).toBe(1.5);
		expect(statementCues('Water was sampled monthly at five stations.').approach).toBe(1.5);
		expect(statementCues('Uncertainty in the forecast is quantified as a function of lead time.').approach).toBe(0);
	});

	it('reads the establishment of an experiment as a step, not a finding established', () => {
		expect(statementCues('Permanent tillage trials were established in 1982 at the university farm.').approach).toBe(1.5);
		expect(statementCues('It was established that yields fell under tillage.').approach).toBe(0);
	});

	it.each([
		'As metagenomic contigs are derived from the assembly process, they are output from the assembly graph.',
		'The mean error was estimated at 0.2 magnitude units.',
	])('reads no step into a subordinate clause or a result in the passive: %s', (sentence) => {
		expect(statementCues(sentence).approach).toBe(0);
	});

	it('reads no step into "First, …" or "Second, …" alone, which enumerate challenges as readily as steps', () => {
		expect(statementCues('Second, using only test split performance as a reward provides limited feedback.').approach).toBe(0);
	});

	it('reads a change in gene expression reported in the past as a result', () => {
		for (const sentence of [
			'After focal ischemia, mRNAs encoding two glycolytic enzymes were up-regulated in the areas around the infarction.',
			'Three transporter genes were downregulated after exposure to the drug.',
		])
			expect(statementCues(sentence).results, sentence).toBe(1.5);
	});

	it('reads an aim as the approach', () => {
		expect(statementCues('The objective of FHR is to provide an extensive set of data serialisation methods.').approach).toBe(1.5);
		expect(statementCues("This study's specific objectives are as follows: to investigate the conditions.").approach).toBe(1.5);
		// the aims numbered, the first number before its "to"
		expect(statementCues('The objectives of the study are (1) to investigate the impact of flight on sleep; (2) to assess recovery.').approach).toBe(1.5);
		expect(statementCues('The aims were i) to map the sites and ii) to date them.').approach).toBe(1.5);
		// the study done for a purpose, named as the paper's own by its article
		expect(statementCues('The research described here was undertaken to further elucidate the role of cavitation.').approach).toBe(1.5);
		expect(statementCues('The present study was designed to test whether shade slows growth.').approach).toBe(1.5);
		expect(statementCues('A previous study was undertaken to test whether shade slows growth.').approach).toBe(0);
		expect(statementCues('We are especially interested in what kinds of contracts help API users catch errors.').approach).toBe(1.5);
		// the paper as the subject of its aim, in the present or the past
		expect(statementCues('This review aimed to map irrigation practice across the olive sector.').approach).toBe(1.5);
		expect(statementCues('The present study seeks to identify the drivers of farm exit.').approach).toBe(1.5);
		// "the research", "this discussion": in an abstract, the paper's own
		expect(statementCues('The research aims to assess whether living labs ease the uptake of new software.').approach).toBe(1.5);
		expect(statementCues('This discussion seeks to show the lessons learnt during the retrofit.').approach).toBe(1.5);
		// the paper's contribution named, and an aim told impersonally
		expect(statementCues('A contribution of the paper is the development of graphical stability margins for perching.').approach).toBe(1.5);
		expect(statementCues('The main contribution of this work is a sampler that needs no tuning.').approach).toBe(1.5);
		expect(statementCues('It is intended to analyze whether a shading device can hold the temperature of a brooding house.').approach).toBe(1.5);
		// what a thing is intended for, or another's contribution, is no aim of the paper's
		expect(statementCues('The device is intended to reduce heat losses in winter.').approach).toBe(0);
		expect(statementCues('The contribution of wetlands to the carbon budget is poorly known.').approach).toBe(0);
	});

	it('puts an opening aim of "the research" in the approach, before the background it then gives', () => {
		const abstract =
			'The research aims to assess whether living labs can ease the uptake of new software in town halls. ' +
			'Previous research explored the benefits of new software in public bodies through case studies. None of these works asks whether living labs help. ' +
			'We present a project in which a regional agency adopted building models. Acceptance of the software rose after the project.';
		expect(splitSummary(splitSentences(abstract)).approach.map((s) => s.text)).toContain(
			'The research aims to assess whether living labs can ease the uptake of new software in town halls.',
		);
	});

	it.each([
		'It is found that the six metrics identify comparable analog regions at a relatively large scale.',
		'Both elements of model uncertainty are found to increase with time.',
		'Limitations of the method are found in small areas with unresolved topographic detail.',
	])('reads a finding in the impersonal passive as results: %s', (sentence) => {
		expect(statementCues(sentence)).toEqual({ approach: 0, results: 1.5 });
	});

	it('reads no step into a finding of the paper, whatever opens it', () => {
		expect(statementCues('Then, we show that the method recovers the true parameters.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('Next, we find that errors were computed wrongly by earlier tools.')).toEqual({ approach: 0, results: 0 });
	});

	it('reads no finding into one reported of earlier work', () => {
		expect(statementCues('Although they are effective, it has been found that quantile mapping can corrupt future trends.')).toEqual({ approach: 0, results: 0 });
	});

	it('reads nothing into a sentence of no such kind', () => {
		expect(statementCues('The model covers the whole globe.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('Quantile mapping is a technique often used for post-processing of climate simulations.')).toEqual({ approach: 0, results: 0 });
	});
});

describe('statementCues: a step of the procedure', () => {
	it('marks a step, whose figures the summary reads as settings', () => {
		expect(statementCues('Forty-eight lambs were used in a randomized block design with a 2 × 2 factorial arrangement.').step).toBe(true);
		expect(statementCues('Lambs fed the high-fat diet gained 12% more weight.').step).toBeUndefined();
	});
});

describe('statementCues: a step told as realized or provided', () => {
	// Engineering, data resources: "was realized, using …", "is provided in tabular form" tell what the authors did.
	it('reads "was also realized" and "is provided" as steps', () => {
		expect(statementCues('A stress analysis of the gear teeth was also realized, using finite elements.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('All raw sensor readings are provided in tabular form.')).toMatchObject({ approach: 1.5, step: true });
	});
});

describe('statementCues: a step told with "then" or as coupled with a tool', () => {
	// Reliability engineering: "are then propagated", "are coupled with X to …" tell the next step of the method.
	it('reads "are then <participle>" and "are coupled with" as steps, not "which are then …"', () => {
		expect(statementCues('Faults are then propagated through each hardware block.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('The failure models are coupled with a plant simulator to quantify each sequence.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Reads form contigs which are then sorted into bins by species.')).toEqual({ approach: 0, results: 0 });
	});
});

describe('statementCues: a redesign and where the paper puts its effort', () => {
	// Numerical methods, systems: "is re-designed to …", "is designed to …", "emphasis is put on …" tell what the authors did.
	it('reads "is re-designed", "is modified" and "emphasis is put on" as steps', () => {
		expect(statementCues('The smoothing pass is re-designed to favour aligned cells.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('The scheduler is modified to skip idle cores.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Particular emphasis is placed on the treatment of the wall boundary.')).toMatchObject({ approach: 1.5, step: true });
	});
});

describe('statementCues: a thing made, with the means it is made by', () => {
	// Materials and devices: "is produced by etching", "is developed using a process" tell a step of the making.
	it('reads "is produced by <gerund>", "is developed using …" as steps, not "was developed to …" or "by <name>"', () => {
		expect(statementCues('A porous layer is produced by etching in an acid bath.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('On top of the grains, a thin oxide is developed using a wet oxidation process.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('The screening criteria were developed to aid diagnosis in clinics.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('The first scale was developed by Likert in 1932.')).toEqual({ approach: 0, results: 0 });
	});
});

describe('statementCues: a step told after "afterwards"', () => {
	// Operations research: "Afterwards, it is applied X to …" tells the next step of the analysis, as "subsequently" does.
	it("reads what a dataset, benchmark or sample is made of as a step, its counts as the material's size", () => {
		for (const sentence of ['The benchmark comprises 400 maps and 2,100 routes with 92.5% agreement between raters.', 'The sample included 88 nurses from four wards.']) {
			expect(statementCues(sentence), sentence).toEqual({ approach: 1.5, results: 0, step: true });
		}
		expect(statementCues('The benchmark reveals that planners fail on long routes.').step).toBeUndefined();
	});

	it('reads a sentence that "afterwards" opens as a step', () => {
		expect(statementCues('Afterwards, it is applied a fractional regression to infer the drivers of the scores.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Afterward, the scores are regressed on four city traits.')).toMatchObject({ approach: 1.5, step: true });
	});
});

describe('statementCues: the paper as "the present article", after a connector of consequence', () => {
	// Operations research: "Therefore, in the present article, using X, a model is proposed for …" states the paper's own
	// contribution as "In this article, a model is proposed" does.
	it('reads a passive contribution framed by "in the present article" after "Therefore,"', () => {
		expect(statementCues('Therefore, in the present article, using the alpha-cut approach, an average efficiency model is proposed for both stages.').approach).toBe(3);
		expect(statementCues('In the present study, a screening score is developed for rural clinics.').approach).toBe(3);
	});
});

describe('statementCues: what was followed and for how long', () => {
	// Veterinary science, entomology: "was observed for 11 days", "were observed during a one-year period" tell the design.
	it('reads an observation over a stated period as a step, not one that reports what was shown', () => {
		expect(statementCues('The health of the lambs was observed for 14 days after the first dose.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Biting activity of two species was observed during a one-year period at a forest village.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Tagged eels were tracked for two-day periods and shown to stay near the bottom.')).toEqual({ approach: 0, results: 0 });
	});
});

describe('statementCues: a thing in habitual use', () => {
	// Scientometrics: "It … has been commonly used in various disciplines" tells the field's practice, not a step of the study.
	it('reads no step into the passive of use after an adverb of habit', () => {
		expect(statementCues('It is a simple method for mapping a field and has been commonly used in various disciplines.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('Citation counts are widely used to rank journals.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('It has been used widely in speech research as visual feedback.')).toEqual({ approach: 0, results: 0 });
		expect(statementCues('Citation counts were used to rank the journals.')).toMatchObject({ approach: 1.5, step: true });
	});
});

describe("statementCues: a trial's allotment and feeding", () => {
	// Animal and clinical science: what the animals or patients were given or assigned to is the design of the trial.
	it('reads the passive of formulating, feeding and assigning as a step, but not a finding whose first verb is another', () => {
		expect(statementCues('Treatment diets were formulated to 22% or 28% starch with dry ground corn.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Cows were randomly assigned to one of four diets.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('Loss of condition was increased when the moist corn was fed in a high-starch diet.').approach).toBe(0);
	});
});

describe('statementCues: what was modelled or simulated, and where the model is shown', () => {
	it('reads "are modeled using", "is modeled as" and "are exhibited in" as steps, not what is usually modelled', () => {
		expect(statementCues('The effects of sediment compaction are modeled using finite element analysis.').step).toBe(true);
		expect(statementCues('The multi-round experimental process is modeled as a search tree.').step).toBe(true);
		expect(statementCues('The predictive ability of the model is exhibited in two case studies.').step).toBe(true);
		expect(statementCues('The relationships between image pairs are usually modeled by affine transformation.').approach).toBe(0);
	});
});

describe('statementCues: a counted sample gathered and the techniques a study used', () => {
	it('reads a counted sample collected or selected as a step, however long the subject that counts it', () => {
		for (const text of [
			'Totally, 227 strains were collected, with 908 spectra obtained via on- and off-plate protein extraction.',
			'In this study, 80 carbapenem-resistant Klebsiella pneumoniae (CR-KP) and 160 carbapenem-susceptible Klebsiella pneumoniae (CS-KP) strains detected in the clinic were selected and their peaks were collected.',
		]) {
			expect(statementCues(text), text).toMatchObject({ approach: 1.5, step: true });
		}
		// A count a change or a finding reports stays no step.
		expect(statementCues('Only 68.7% of strains were correctly identified at the subspecies level.').step).toBeUndefined();
	});

	it('reads techniques listed in the subject and used, and a means used on a counted material, as steps', () => {
		expect(statementCues('Machine-learning techniques including artificial neural networks, support vector machine (SVM), and random forest were used.')).toMatchObject({ approach: 1.5, step: true });
		expect(statementCues('To classify the three species, machine learning was used for 167 spectra, which led to a list of loci.')).toMatchObject({ approach: 1.5, step: true });
	});
});
