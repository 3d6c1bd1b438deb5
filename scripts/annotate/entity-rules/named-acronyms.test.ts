import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { isTitleCase, namedAcronyms } from './named-acronyms.ts';

const contextOf = (abstract: string, generic: string[] = []) => {
	const acronyms = extractAcronyms(abstract);
	return { title: '', abstract, sentences: [], acronyms, lexicons: undefined as never, isGeneric: (n: string) => generic.includes(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false };
};
const named = (abstract: string, generic: string[] = []) => namedAcronyms.find(contextOf(abstract, generic)).map((f) => f.name);

describe('namedAcronyms', () => {
	it('takes acronyms of title-case names, not of concepts or metrics', () => {
		expect(named('It beats Grouped-Query Attention (GQA) and Cross-Layer Attention (CLA).')).toEqual(['GQA', 'CLA']);
		expect(named('A large language model (LLM) is scored by the Frequency-Averaged Score (FAS).')).toEqual([]);
	});

	it("leaves out an acronym defined before a device's noun: it names the kind of device", () => {
		expect(named('A Fabry Perot (FP) ultrasound sensor was read through a fibre bundle.')).toEqual([]);
		expect(named('Light passes a Mach Zehnder (MZ) interferometer.')).toEqual([]);
		expect(named('We train with Grouped-Query Attention (GQA) layers.')).toEqual(['GQA']);
	});

	it('leaves out instruments and institutions, and takes a survey as its data', () => {
		expect(named('We simulate Atacama Large Millimeter/submillimeter Array (ALMA) cubes for the Square Kilometre Array (SKA).')).toEqual([]);
		expect(named('Funded by the National Institutes of Health (NIH) and the European Space Agency (ESA).')).toEqual([]);
		const survey = 'Galaxies of the Sloan Digital Sky Survey (SDSS) observed by the Hubble Space Telescope (HST).';
		expect(namedAcronyms.find(contextOf(survey)).map((f) => [f.name, f.type])).toEqual([['SDSS', 'dataset']]);
	});

	it('takes a survey a study scores its participants with, an instrument noun after its bracket, as a method', () => {
		const scored = 'Well-being was assessed with the Brief Wellness Health Survey (BWHS) inventories at baseline.';
		expect(namedAcronyms.find(contextOf(scored)).map((f) => [f.name, f.type])).toEqual([['BWHS', 'method']]);
	});

	it('takes an imaging sensor as the imagery it records, a dataset', () => {
		const abstract = 'Burned areas come from Moderate Resolution Imaging Spectroradiometer (MODIS) detections, the Enhanced Thematic Mapper Plus (ETM+) and the Airborne Visible/Infrared Imaging Spectrometer (AVIRIS).';
		expect(namedAcronyms.find(contextOf(abstract)).map((f) => [f.name, f.type])).toEqual([['MODIS', 'dataset'], ['ETM+', 'dataset'], ['AVIRIS', 'dataset']]);
	});

	it('joins the proper word a long form is named after, where no sentence begins', () => {
		const forms = (abstract: string) => namedAcronyms.find(contextOf(abstract)).map((f) => f.forms);
		expect(forms('We used a Landsat Thematic Mapper (TM) image of the fire.')).toEqual([['Landsat Thematic Mapper', 'Thematic Mapper']]);
		expect(forms('Thematic Mapper (TM) images and Bayesian Grouped-Query Attention (GQA) were used.')).toEqual([['Thematic Mapper'], ['Grouped-Query Attention']]);
	});

	it('leaves out a kind of network written in capitals, in any field', () => {
		expect(named('A Recurrent Neural Network (RNN) beats Grouped-Query Attention (GQA).')).toEqual(['GQA']);
		expect(named('Faults of Deep Neural Network (DNN) programs and an Artificial Neural Network (ANN) of the spectra.')).toEqual([]);
		expect(named('It uses the Graph Attention Network (GAT) on the Technology Acceptance Model (TAM).')).toEqual(['GAT', 'TAM']);
		expect(named('Sources are found by Residual Neural Networks (ResNets).')).toEqual(['ResNets']);
	});

	it('takes a shared collection of data as a dataset, by the head of its long form', () => {
		// After the ABIDE entry of scripts/eval/listings/unseen-neuroimaging.bib.
		const text =
			'We used the Autism Brain Imaging Data Exchange (ABIDE), the Human Connectome Project Database (HCPDB), the Cancer Genome Archive (CGA) and Independent Component Analysis (ICA).';
		expect(namedAcronyms.find(contextOf(text)).map((f) => [f.name, f.type])).toEqual([
			['ABIDE', 'dataset'],
			['HCPDB', 'dataset'],
			['CGA', 'dataset'],
			['ICA', 'method'],
		]);
	});

	it('types an acronym by the head of its long form: a model, a pooling project, a reanalysis', () => {
		// After the climate entries of scripts/eval/listings/unseen-climate.bib.
		const text =
			'Runs of the Canadian Regional Climate Model (CRCM) and the Coupled Model Intercomparison Project (CMIP5) against the Climate Forecast System Reanalysis (CFSR).';
		expect(namedAcronyms.find(contextOf(text)).map((f) => [f.name, f.type])).toEqual([
			['CRCM', 'model'],
			['CMIP5', 'dataset'],
			['CFSR', 'dataset'],
		]);
	});

	it('reads title case past small words', () => {
		expect(isTitleCase('Easy Consistency Tuning')).toBe(true);
		expect(isTitleCase('Decoding by Contrasting Retrieval Heads')).toBe(true);
		expect(isTitleCase('supervised fine-tuning')).toBe(false);
		// A hyphenated compound is capitalised on its first part only.
		expect(isTitleCase('Cadastral-based Expert Dasymetric System')).toBe(true);
		expect(isTitleCase('High-resolution Gridded Population Surface')).toBe(true);
		expect(isTitleCase('high-resolution gridded population surface')).toBe(false);
		expect(isTitleCase('Mixture-of-Experts')).toBe(true);
	});
});
