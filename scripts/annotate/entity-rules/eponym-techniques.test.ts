import { describe, expect, it } from 'vitest';
import { eponymTechniques } from './eponym-techniques.ts';

const eponyms = (abstract: string) =>
	eponymTechniques
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('eponymTechniques', () => {
	// unseen-arxiv-math-physics-2024.xml (2402.17843)
	it('takes a capitalised name before a technique head noun', () => {
		expect(eponyms('Both techniques outperform the well-known Anderson Acceleration. We use the Lanczos algorithm.')).toEqual(['Anderson Acceleration', 'Lanczos algorithm']);
	});

	// After unseen-round10-shark-fisheries.bib: "fitted to the von Bertalanffy growth equation after adopting the Francis reparametrization".
	it('takes a reparametrization named after a person, as a method', () => {
		const found = eponymTechniques.find({ title: '', abstract: 'Lengths were fitted after adopting the Schnute reparameterization of the growth curve.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found.map((f) => `${f.name}:${f.type}`)).toEqual(['Schnute reparameterization:method']);
	});

	it('takes a score named after a person as a measure', () => {
		const found = eponymTechniques.find({ title: '', abstract: 'It is the integral of the Brier score over all thresholds.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found.map((f) => [f.name, f.type])).toEqual([['Brier score', 'method']]);
		expect(eponyms('We introduce the Frequency-Averaged Score (FAS) metric.')).toEqual([]);
	});

	it('skips a sentence opener, an acronym and a longer capitalised phrase', () => {
		expect(eponyms('Our method is fast. Iterative method of the RL algorithm.')).toEqual([]);
		expect(eponyms('A path integral Monte Carlo method based on a worm.')).toEqual([]);
	});

	// Economics: a model named after the economist who wrote it, as resource and consumption theory cite them.
	it('takes a model named after a person, typed method', () => {
		const found = eponymTechniques.find({ title: '', abstract: 'This paper applies the Hotelling model to labour. I then use a workhorse Bewley model with income risk.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found.map((f) => [f.name, f.type])).toEqual([
			['Hotelling model', 'method'],
			['Bewley model', 'method'],
		]);
	});

	it('leaves a model named by an adjective, by a system named alone too, or by a common noun written lower case elsewhere', () => {
		expect(eponyms('We fit the Gaussian model and a Bayesian model.')).toEqual([]);
		// After 10.23919/apsipa.2018.8659637 of scripts/eval/listings/unseen-round14-music-information-retrieval.bib.
		expect(eponyms('A possible solution is to consider a Bayesian score model of note patterns.')).toEqual([]);
		expect(eponyms('We train Mamba on text; the Mamba model is fast.')).toEqual([]);
		expect(eponyms('Editing hurts. (3) Language model with large scale resists it, as language models do.')).toEqual([]);
	});

	// After 10.1016/j.apgeochem.2006.02.021 of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json, reworded.
	it('takes a lab extraction named after its inventor as a method, never a title-case task', () => {
		const found = eponymTechniques.find({ title: '', abstract: 'Yields were compared between ASE and Soxhlet extractions, and with a Folch extraction.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false });
		expect(found.map((f) => [f.name, f.type])).toEqual([['Soxhlet extractions', 'method'], ['Folch extraction', 'method']]);
		expect(eponyms('We evaluate on Relation Extraction and on Information Extraction.')).toEqual([]);
	});
	it('takes a test named after a person or place, lower-case head only, never an adjective\'s kind', () => {
		expect(eponyms('Players ran a 10 m sprint, the Yale test and a Romberg test.')).toEqual(['Yale test', 'Romberg test']);
		expect(eponyms('We ran a Bayesian test of the model. A Stroop Test was given.')).toEqual([]);
	});

	it('takes a clinical grading system or a laboratory stain named after its author, lower-case head only', () => {
		expect(eponyms('Cobb angles and Frankel grades improved; the Enneking staging and a Ziehl-Neelsen stain were recorded, and the smear showed Giemsa staining.')).toEqual([
			'Frankel grades',
			'Enneking staging',
			'Ziehl-Neelsen stain',
			'Giemsa staining',
		]);
		expect(eponyms('We report the Patient Classification. Outcomes used the Bayesian grading of lesions.')).toEqual([]);
	});
});
