import { describe, expect, it } from 'vitest';
import { paperForm, writtenForm } from './written-form.ts';

describe('writtenForm', () => {
	it('gives a proper noun the capitals the abstract writes it with', () => {
		expect(writtenForm('north atlantic', 'Floats sampled the upper ocean of the subtropical North Atlantic in winter.')).toBe('North Atlantic');
		expect(writtenForm('gaussian process', 'We fit a Gaussian process to the sensor readings.')).toBe('Gaussian process');
	});

	it('keeps a phrase in lower case where the text also writes it so, or only opens a sentence with it', () => {
		expect(writtenForm('heat transport', 'Heat transport slowed. We model the heat transport of eddies.')).toBe('heat transport');
		expect(writtenForm('heat transport', 'Heat transport slowed. Eddies: Heat transport again.')).toBe('heat transport');
		expect(writtenForm('heat transport', 'Eddies matter. Heat transport slowed.')).toBe('heat transport');
	});

	it('reads no name into the capitals that spell out an acronym', () => {
		expect(writtenForm('language models', 'Tuning Large Language Models (LLMs) is costly.')).toBe('language models');
		expect(writtenForm('preference optimization', 'We extend Direct Preference Optimization (DPO) to lists.')).toBe('preference optimization');
		expect(writtenForm('climate model', 'Runs of the regional model RegCM, a Climate Model (RegCM3), and more.')).toBe('climate model');
	});

	it('keeps the capital of a name inside a phrase its acronym spells out', () => {
		expect(writtenForm('markov decision processes', 'We study bandits and Markov decision processes (MDPs) alike.')).toBe('Markov decision processes');
		expect(writtenForm('gaussian process regression', 'A fit by Gaussian process regression (GPR) of the data.')).toBe('Gaussian process regression');
	});

	it('reads no name into part of a longer one', () => {
		expect(writtenForm('overturning circulation', 'It slowed the Atlantic Meridional Overturning Circulation in 2010.')).toBe('overturning circulation');
		expect(writtenForm('coupled model', 'Simulations of the Coupled Model Intercomparison Project agree.')).toBe('coupled model');
		expect(writtenForm('north atlantic', 'Cooling of the North Atlantic Ocean and of the subtropical North Atlantic.')).toBe('North Atlantic');
	});

	// unseen-round37-membranes-colloids.bib (scripts/eval/listings/SOURCES.md): the reason read "helfrich hamiltonian".
	it('reads a capitalised function word before a name as no part of it', () => {
		expect(writtenForm('helfrich hamiltonian', 'We use calculus. The Helfrich Hamiltonian is then minimised.')).toBe('Helfrich Hamiltonian');
		expect(writtenForm('overturning circulation', 'We model the Atlantic Meridional Overturning Circulation.')).toBe('overturning circulation');
	});

	it('reads only whole words and leaves a phrase with capitals as it is', () => {
		expect(writtenForm('atlantic', 'Transatlantic cables and the Atlanticism of a policy.')).toBe('atlantic');
		expect(writtenForm('CLIP features', 'we compare CLIP Features')).toBe('CLIP features');
		expect(writtenForm('sea ice', 'no such words here')).toBe('sea ice');
	});
});

describe('paperForm', () => {
	it('reads a phrase the abstract never writes in a title in sentence case', () => {
		// Round 41's liver-disease RIS: two Peruvian studies related by "peruvian population", written in their titles only.
		const paper = { title: 'Autoimmune gastritis: clinical and histological study in a Peruvian population', abstract: 'We reviewed 52 biopsies.' };
		expect(paperForm('peruvian population', paper)).toBe('Peruvian population');
	});

	it('does not read a title in title case, nor the title where the abstract writes the phrase', () => {
		expect(paperForm('clinical study', { title: 'A Clinical Study of Gastritis in Lima', abstract: 'Gastric biopsies.' })).toBe('clinical study');
		expect(paperForm('gastric biopsies', { title: 'Study of Gastric biopsies in a cohort', abstract: 'All gastric biopsies were read.' })).toBe('gastric biopsies');
	});
});
