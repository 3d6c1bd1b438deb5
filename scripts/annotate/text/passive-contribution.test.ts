import { describe, expect, it } from 'vitest';
import { achievesInOpening, contributesInPastOpening, contributesPassively, studiesInOpening, studiesInPresent, studiesPassively, surveysInOpening } from './passive-contribution.ts';

describe('contributesPassively', () => {
	// After the climate entries of scripts/eval/listings/unseen-climate.bib.
	it('reads a contribution stated in the passive, present tense', () => {
		expect(contributesPassively('A correction technique is proposed in order to adjust the simulated values.')).toBe(true);
		expect(contributesPassively('A new technique for statistically downscaling climate model simulations is introduced and demonstrated.')).toBe(true);
		expect(contributesPassively('Here, a simple and coherent framework for partitioning uncertainty is presented.')).toBe(true);
		expect(contributesPassively('Abstract A new technique for downscaling is introduced and demonstrated.')).toBe(true);
	});

	// Neuroimaging and other fields spell out every acronym in the subject (after unseen-neuroimaging.bib's CompCor entry).
	it('reads a passive contribution whose subject is a long technical noun phrase', () => {
		expect(
			contributesPassively(
				'A component based method (CompCor) for the reduction of noise in both blood oxygenation level-dependent (BOLD) and perfusion-based functional magnetic resonance imaging (fMRI) data is presented.',
			),
		).toBe(true);
	});

	it("leaves others' work: past tense, perfect, and many methods", () => {
		expect(contributesPassively('A similar method was proposed by Smith et al.')).toBe(false);
		expect(contributesPassively('A method has been proposed for this task.')).toBe(false);
		expect(contributesPassively('A variety of methods are proposed in the literature.')).toBe(false);
		expect(contributesPassively('The model is proposed as a benchmark.')).toBe(false);
	});

	it('reads a contribution the paper is named the place of after its verb, in any tense', () => {
		expect(contributesPassively('A predictive model of fish freshness was proposed in this paper.')).toBe(true);
		expect(contributesPassively('The sampler is described in this study.')).toBe(true);
		expect(contributesPassively('A predictive model of fish freshness was proposed by Lee et al.')).toBe(false);
	});

	it('reads a contribution described after "In this paper", whatever its article', () => {
		expect(contributesPassively('In this paper a kinetic model is described, which reproduces the peak.')).toBe(true);
		expect(contributesPassively('In this paper, the test results of a prototype are reported.')).toBe(true);
		expect(contributesPassively('A kinetic model is described in many textbooks.')).toBe(false);
	});

	it('reads the perfect passive as the paper\'s own after "In this study" or "Here"', () => {
		expect(contributesPassively('In this work, a dating procedure has been developed for lake cores.')).toBe(true);
		expect(contributesPassively('In this review, the main methods of wetland restoration have been discussed.')).toBe(true);
		expect(contributesPassively('A procedure has been developed to date lake cores.')).toBe(false);
	});

	it('reads a definite subject reported or described after "In this paper," or "Here,"', () => {
		expect(contributesPassively('In this paper, the bench results of a 1:40 CryoGear prototype are reported.')).toBe(true);
		expect(contributesPassively('Here, the design of the new clamp is described.')).toBe(true);
		// without the frame, "the" is someone's thing, and the past reports what was done before
		expect(contributesPassively('The results of the prototype are reported in a companion paper.')).toBe(false);
		expect(contributesPassively('In this paper, the results of earlier work were reported.')).toBe(false);
	});
});

describe('studiesPassively', () => {
	it('reads what the paper studies, stated in the passive', () => {
		expect(studiesPassively('Here, such a risk is investigated with daily temperature minimum and maximum.')).toBe(true);
		expect(studiesPassively('This relationship is examined over Canada.')).toBe(true);
		expect(studiesPassively('Such a risk was investigated before.')).toBe(false);
	});

	// After 10.3390/agriengineering3040054 of scripts/eval/listings/unseen-round25-poultry-agricultural-robotics.txt.
	it('reads what the paper applies to what, in the passive with the paper as its frame', () => {
		expect(studiesPassively('In this study, this technology is applied to a passive solar system composed by a Trombe wall.')).toBe(true);
		expect(studiesPassively('Here, the method is applied in two catchments.')).toBe(true);
		// Without the frame, an application is a step of the method.
		expect(studiesPassively('The method is applied to three datasets.')).toBe(false);
	});

	it('reads a definite subject studied, compared or evaluated in the present passive with the paper as its frame', () => {
		expect(studiesPassively('In this study, the aerodynamic characteristics of quadcopters in hover are compared using two control schemes.')).toBe(true);
		expect(studiesPassively('Here, the noise of the two rotors is evaluated in a wind tunnel.')).toBe(true);
		// Without the frame, or in the past, a comparison is a step or others' work.
		expect(studiesPassively('The characteristics of the two schemes are compared in Section 3.')).toBe(false);
		expect(studiesPassively('In this study, the rotors were compared at two speeds.')).toBe(false);
	});

	it('reads the answer to the limitations just stated, in the passive, as the paper\'s study', () => {
		expect(studiesPassively('To address these limitations, the use of a flexible imaging fibre to read out the sensor has been investigated.')).toBe(true);
		expect(studiesPassively('To overcome this problem, a new scanning scheme is proposed.')).toBe(true);
		// An answer the paper gives in its own voice is read elsewhere; a step told in the past is no answer.
		expect(studiesPassively('To address these limitations, a fibre was used.')).toBe(false);
	});
});

describe('contributesInPastOpening', () => {
	it('reads a contribution an abstract opens with in the past passive', () => {
		expect(contributesInPastOpening('A method was developed for tracking ankle implants in biplane radiographs.')).toBe(true);
		expect(contributesInPastOpening('An algorithm was designed to detect arrhythmia on a wristband.')).toBe(true);
	});

	it('leaves a past passive with an agent, a year or a time before now', () => {
		expect(contributesInPastOpening('A similar method was proposed by Smith et al.')).toBe(false);
		expect(contributesInPastOpening('A scoring rule was introduced in 2009 for this task.')).toBe(false);
		expect(contributesInPastOpening('A tracking method was recently developed for knees.')).toBe(false);
	});
});

describe('studiesInOpening', () => {
	it('reads a definite subject studied in the present passive, and leaves the past and others', () => {
		expect(studiesInOpening('The response of alpine lakes to drought is examined using thirty years of records.')).toBe(true);
		expect(studiesInOpening('The thermal behaviour of thin gold films under pulsed heating is investigated by means of molecular dynamics.')).toBe(true);
		expect(studiesInOpening('The response of alpine lakes to drought was examined by Smith.')).toBe(false);
		expect(studiesInOpening('Alpine lakes respond to drought.')).toBe(false);
	});

	it('reads the study stated in the past passive, and a life cycle described, as natural history states them', () => {
		expect(studiesInOpening('The breeding ecology of a marsh wren was investigated at four reed beds during 2001–2004.')).toBe(true);
		expect(studiesInOpening('The complete life cycle of the gregarine X is described from its beetle host.')).toBe(true);
		expect(studiesInOpening('The breeding ecology of a marsh wren was investigated by Jones in 1960.')).toBe(false);
	});

	it('reads a bare noun subject and a bracketed order in it, and leaves an opening quantifier', () => {
		expect(studiesInOpening('Anopheles (Diptera: Culicidae) species composition and distribution were studied using landing catches in Panama.')).toBe(true);
		expect(studiesInOpening('Mosquito larval habitats were examined in three valleys.')).toBe(true);
		expect(studiesInOpening('Many mosquito species were studied in the last century.')).toBe(false);
		expect(studiesInOpening('Previous surveys were analysed by the ministry.')).toBe(false);
		expect(studiesInOpening('Gait is studied widely.')).toBe(false);
	});
});

describe('contributesInPastOpening with a first or new thing', () => {
	it('reads "The first … was developed" opening the abstract', () => {
		expect(contributesInPastOpening('The first regional flood-forecasting system for small catchments was developed for the Alps.')).toBe(true);
		expect(contributesInPastOpening('The method was developed for the Alps.')).toBe(false);
	});
});

describe('studiesInPresent', () => {
	// Palaeontology, materials science: the paper's study after a background opening.
	it('reads a definite subject studied in the present passive, never others\' study', () => {
		expect(studiesInPresent('The effects of burial depth are investigated in three fossil beds.')).toBe(true);
		expect(studiesInPresent('The effects of burial depth are widely studied in sedimentology.')).toBe(false);
		expect(studiesInPresent('The effects of burial depth are investigated by many authors.')).toBe(false);
		expect(studiesInPresent('The effects of burial depth were investigated in 1990.')).toBe(false);
	});
});

describe('contributesPassively with an adverb before the participle', () => {
	// Numerical methods, engineering: "is especially developed", "is then proposed" state the paper's contribution as "is proposed" does.
	it('reads "is especially developed" and "is then proposed"', () => {
		expect(contributesPassively('A dedicated limiter is specially developed for moving meshes.')).toBe(true);
		expect(contributesPassively('A refined estimator, which is based on two filters, is then proposed to reduce the bias.')).toBe(true);
		expect(contributesPassively('Many solvers are widely developed for moving meshes.')).toBe(false);
	});
});

describe('contributesPassively with "is reported"', () => {
	it('reads a thing the paper brings, reported in the present passive', () => {
		expect(contributesPassively('A simple and fast etching process for texturing silicon surfaces is reported.')).toBe(true);
		expect(contributesPassively('A case of late-onset myopathy is reported.')).toBe(true);
	});

	it("leaves a report in the past or perfect, others' work", () => {
		expect(contributesPassively('A similar process was reported by Lee et al.')).toBe(false);
		expect(contributesPassively('A similar process has been reported for glass.')).toBe(false);
	});
});

describe('achievesInOpening', () => {
	it('reads a thing achieved in the perfect passive by a means', () => {
		expect(achievesInOpening('Nano-texturing of a silicon surface has been achieved via one-step copper-assisted chemical etching (CACE), which offers a simple approach.')).toBe(true);
	});

	it("leaves the field's progress over time and a statement without a means", () => {
		expect(achievesInOpening('Remarkable success has been achieved by deep neural networks in recent years.')).toBe(false);
		expect(achievesInOpening('Great progress has been achieved over the past decade using transformers.')).toBe(false);
		expect(achievesInOpening('Nano-texturing of a silicon surface has been achieved.')).toBe(false);
	});
});

describe('surveysInOpening', () => {
	it('reads a field survey stated in the past passive without an article', () => {
		expect(surveysInOpening('Adult beetles of the carabid fauna were surveyed from six forests of Finland and nine species were identified.')).toBe(true);
		expect(surveysInOpening('Ground beetle (Coleoptera: Carabidae) composition and abundance were studied using pitfall trap data over a 20-yr period in Norway.')).toBe(true);
	});

	it('leaves out others\' studies and statements of fact', () => {
		expect(surveysInOpening('Many beetle faunas were studied in the 1960s.')).toBe(false);
		expect(surveysInOpening('Ground beetles were previously surveyed in six forests.')).toBe(false);
		expect(surveysInOpening('Ground beetles were extensively studied in boreal forests.')).toBe(false);
		expect(surveysInOpening('Ground beetles are good indicators of forest change.')).toBe(false);
	});
});
