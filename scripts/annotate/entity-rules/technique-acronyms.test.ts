import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { techniqueAcronyms } from './technique-acronyms.ts';

const GENERIC = new Set(['LMM', 'LLM']);
const techniques = (abstract: string, title = '') =>
	techniqueAcronyms
		.find({ title, abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: (n) => GENERIC.has(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('techniqueAcronyms', () => {
	// unseen-arxiv-math-physics-2024.xml (2108.05102, cond-mat/0308092)
	it('takes a lower-case technique with its acronym, even one the generic list holds in another sense', () => {
		expect(techniques('The local minimax method (LMM) solves PDEs with preconditioned steepest descent (PSD) directions.')).toEqual(['LMM:method', 'PSD:algorithm']);
		expect(techniques('Fluctuations treated within the random phase approximation (RPA) fail.')).toEqual(['RPA:method']);
	});

	it('takes a family before a plural kind of procedure only when the title names it', () => {
		const abstract = 'We propose the use of echo state computing (ESC) algorithms to track fast concentration changes.';
		expect(techniques(abstract, 'Echo State Computing Tracks Fast Gas Changes')).toEqual(['ESC:method']);
		expect(techniques(abstract, 'Tracking Fast Gas Changes')).toEqual([]);
	});

	// unseen-round30 drug repurposing: "especially repetitive transcranial magnetic stimulation (rTMS) and transcranial direct current stimulation (tDCS)".
	it('takes a stimulation named in lower case with its acronym', () => {
		expect(techniques('Non-drug options, especially vagus nerve stimulation (VNS) and transcranial alternating current stimulation (tACS), help.')).toEqual(['VNS:method', 'tACS:method']);
	});

	it('leaves concepts in lower case alone', () => {
		expect(techniques('A large language model (LLM) and antiretroviral therapy (ART) under dynamic treatment regimes (DTR).')).toEqual([]);
	});

	// unseen-ecology.bib (xiao_strong_2015)
	it('takes a named theory, its head noun before the of-phrase of its domain', () => {
		expect(techniques('The maximum entropy theory of ecology (METE) is a unified theory of biodiversity.')).toEqual(['METE:method']);
		expect(techniques('Results follow from density functional theory (DFT).')).toEqual(['DFT:method']);
	});

	it('takes a named measure: a ratio, a score or an index with its acronym', () => {
		const abstract = 'Severity is mapped with the differenced normalized burn ratio (dNBR), forecasts are scored with the continuous ranked probability score (CRPS), and greenness with the normalized difference vegetation index (NDVI).';
		expect(techniques(abstract)).toEqual(['dNBR:method', 'CRPS:method', 'NDVI:method']);
	});

	// unseen-round5-gut-microbiome.csl.json: a clinical abstract's odds ratios.
	it('leaves a score or index the study measures on its subjects, a variable as body weight is', () => {
		expect(techniques('Feed intake, locomotion score (LS), and body weight were measured daily. LS rose.')).toEqual([]);
		expect(techniques('The udder health index (UHI) was recorded monthly.')).toEqual([]);
		expect(techniques('Forecasts were ranked by the continuous ranked probability score (CRPS), which was computed daily.')).toEqual(['CRPS:method']);
	});

	it('leaves an effect size a result is reported in', () => {
		expect(techniques('Apart from antibiotic therapy (odds ratio (OR) 2.91), the hazard ratio (HR) was 0.7.')).toEqual([]);
	});

	it('leaves a long form whose head is another noun after "of"', () => {
		expect(techniques('The rate of turnover (ROT) varies.')).toEqual([]);
	});

	// unseen-climate.bib (cannon_bias_2015, yip_2011, pierce_statistical_2014, grenier_2019)
	it('takes a mapping or an analysis, and a long form the words after its bracket call a technique', () => {
		expect(techniques('QDM is compared with detrended quantile mapping (DQM) and with standard quantile mapping (QM).')).toEqual(['DQM:method', 'QM:method']);
		expect(techniques('The analysis of variance (ANOVA) is used to decompose a measure of total variation.')).toEqual(['ANOVA:method']);
		expect(techniques('The localized constructed analogs (LOCA) method produces downscaled estimates.')).toEqual(['LOCA:method']);
		expect(techniques('Quantile mapping (QM) is a technique often used for post-processing.')).toEqual(['QM:method']);
		expect(techniques('The localized constructed analogs (LCA) improve.')).toEqual([]);
		// A family of the field's, and a concept the generic list holds, are no one technique.
		expect(techniques('Some reinforcement learning (RL) algorithms can stitch experience.')).toEqual([]);
		expect(techniques('A large language model (LLM) method is used.')).toEqual([]);
	});

	it('takes a weighting scheme, and a long form of one hyphenated compound', () => {
		expect(techniques('The refined target density weighting (TDW) performs best.')).toEqual(['TDW:method']);
		expect(techniques('It builds on the expectation-maximization (EM) algorithm.')).toEqual(['EM:method']);
		// One plain word, or a compound the bracket does not call a technique, is no long form of one.
		expect(techniques('Data on land-use (LU) were gathered.')).toEqual([]);
	});

	// After unseen-round14-soil-lipid-analysis.csl.json (10.1016/j.apgeochem.2006.02.021, 10.1111/j.1351-0754.2004.00601.x), reworded.
	it('takes a lab technique named by its medium or its instrument, a slashed pair of them too', () => {
		const abstract = 'Lipids were extracted by accelerated solvent extraction (ASE), then by solid-phase extraction (SPE), and measured by gas chromatography/mass spectrometry (GC/MS).';
		expect(techniques(abstract)).toEqual(['ASE:method', 'SPE:method', 'GC/MS:method']);
	});

	it('leaves an extraction named by what it extracts, a task rather than a technique', () => {
		expect(techniques('We study relation extraction (RE), information extraction (IE) and feature extraction (FE).')).toEqual([]);
	});

	// After unseen-round14-soil-lipid-analysis.csl.json (10.3791/55310), reworded.
	it('takes a long form the word "analysis" after its bracket makes a technique', () => {
		expect(techniques('Community composition was assayed by phospholipid fatty acid (PLFA) analysis.')).toEqual(['PLFA:method']);
		// After 10.1145/3463503 of scripts/eval/listings/unseen-round8-cardiology.csl.json: the written name keeps its head.
		const [found] = techniqueAcronyms.find({ title: '', abstract: 'A module includes time-frequency (TF) analysis.', sentences: [], acronyms: extractAcronyms('A module includes time-frequency (TF) analysis.'), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found?.forms).toEqual(['time-frequency', 'time-frequency (TF) analysis']);
	});

	it('takes a long form an instrumental technique follows after its bracket, with the whole written name', () => {
		const abstract = 'Spin diffusion was checked by magic angle spinning (MAS) NMR and by double quantum filtered (DQF) spectroscopy.';
		const found = techniqueAcronyms.find({ title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found.map((f) => [f.name, f.forms])).toEqual([
			['MAS', ['magic angle spinning', 'magic angle spinning (MAS) NMR']],
			['DQF', ['double quantum filtered', 'double quantum filtered (DQF) spectroscopy']],
		]);
	});
});

describe('techniqueAcronyms, distillations', () => {
	it('takes a distillation, of a still or of a teacher network, as a technique', () => {
		expect(techniques('Off-policy sequence distillation (OSD) trains a student on teacher samples.')).toEqual(['OSD:method']);
		expect(techniques('Oils were recovered by steam distillation (SD) before analysis.')).toEqual(['SD:method']);
	});
});

describe('techniqueAcronyms, a field model named with its acronym', () => {
	it("takes a lower-case long form with its acronym before 'model' as a method, its written name a form", () => {
		const abstract = 'Specifically, the stepping-stone (SST) model of population geneticists is one extreme. The infinite alleles (IA) model is the other.';
		expect(techniques(abstract)).toEqual(['SST:method', 'IA:method']);
		const forms = techniqueAcronyms
			.find({ title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
			.map((f) => f.forms);
		expect(forms).toEqual([
			['stepping-stone', 'stepping-stone (SST) model'],
			['infinite alleles', 'infinite alleles (IA) model'],
		]);
	});

	it('leaves a plural family of models', () => {
		expect(techniques('Agent-based (AB) models are common.')).toEqual([]);
	});

	it('takes a methodology with its acronym, as a method', () => {
		// reliability: a long sentence of models and tools around the methodology's definition
		expect(techniques('The framework couples the fault-graph propagation methodology (FGPM) based on semi-Markov process (SMP) models with a simulator.')).toContain('FGPM:method');
	});
});


describe('techniqueAcronyms, materials processing', () => {
	it('takes an etching, sawing or deposition step named with its acronym as a technique', () => {
		expect(techniques('Wafers cut by multi-wire slurry sawing (MWSS) reflect more than those cut by diamond wire-sawing (DWS).')).toEqual(['MWSS:method', 'DWS:method']);
		expect(techniques('The surface is textured via one-step silver-assisted chemical etching (SACE), and alumina grown by atomic layer deposition (ALD).')).toEqual(['SACE:method', 'ALD:method']);
	});

	it('leaves a deposition named by what is deposited', () => {
		expect(techniques('Grasslands suffer under nitrogen deposition (ND) from farms.')).toEqual([]);
	});
});
