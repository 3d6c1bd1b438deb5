import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { acronymLongForms, sameSubject, unnumbered } from './topic-name-overlap.ts';

// Definitions as the acronym rule reads them in real abstracts' wording.
const longForms = acronymLongForms([
	extractAcronyms('Offline reinforcement learning (RL) algorithms learn from a fixed dataset.'),
	extractAcronyms('Large Language Models (LLMs) answer questions.'),
	extractAcronyms('We study optical coherence tomography (OCT) in surgery.'),
]);

describe('acronymLongForms', () => {
	it('maps each defined short form to its long forms, plural and case aside', () => {
		expect(longForms.get('rl')).toEqual(new Set(['reinforcement learning']));
		expect(longForms.get('llm')).toEqual(new Set(['large language model']));
	});
});

describe('sameSubject', () => {
	it('is true for one phrase, its plural, or one ending the other', () => {
		expect(sameSubject('Language models', 'language model', new Map())).toBe(true);
		expect(sameSubject('Large language models', 'Language models', new Map())).toBe(true);
		expect(sameSubject('Data selection', 'Language models', new Map())).toBe(false);
	});

	it('is true for one phrase in two word forms, false for phrases that only share a word', () => {
		expect(sameSubject('Language modeling', 'Language Models', new Map())).toBe(true);
		expect(sameSubject('Image segmentation', 'Image segmentations', new Map())).toBe(true);
		expect(sameSubject('Language modeling', 'Model editing', new Map())).toBe(false);
	});

	it('reads a name with a number hyphenated on as the name without it', () => {
		// A list on COVID-19 writes "COVID-19" and, in some abstracts, "COVID 19", whose keyphrase is "COVID".
		expect(sameSubject('COVID', 'COVID-19', new Map())).toBe(true);
		expect(sameSubject('SARS-CoV-2 infection', 'Infection', new Map())).toBe(true);
		expect(sameSubject('COVID-19 pandemic', 'COVID', new Map())).toBe(false);
		expect(sameSubject('Omega-3 fatty acids', 'Omega', new Map())).toBe(false);
	});

	it('reads a word written with a hyphen between letters as the word written joined', () => {
		// Round 40's list on motoric cognitive risk had a topic of each spelling.
		expect(sameSubject('Predementia syndrome', 'Pre-dementia syndrome', new Map())).toBe(true);
		expect(sameSubject('Non-linear dynamics', 'Nonlinear dynamics', new Map())).toBe(true);
		expect(sameSubject('Pre-dementia syndrome', 'Dementia syndrome', new Map())).toBe(false);
	});

	it('reads a compound written with a hyphen as the compound written with a space, when the names are alike whole', () => {
		expect(sameSubject('Time series', 'Time-series', new Map())).toBe(true);
		expect(sameSubject('Whole-slide images', 'Whole slide image', new Map())).toBe(true);
		expect(sameSubject('Pre-dementia syndrome', 'Dementia syndrome', new Map())).toBe(false);
		expect(sameSubject('Well-being', 'Being', new Map())).toBe(false);
	});

	it('reads an acronym as the long form the papers define it as', () => {
		expect(sameSubject('RL', 'Reinforcement learning', longForms)).toBe(true);
		expect(sameSubject('Offline RL', 'RL', longForms)).toBe(true);
		expect(sameSubject('LLMs', 'Language models', longForms)).toBe(true);
		expect(sameSubject('OCT', 'Optical coherence tomography', longForms)).toBe(true);
	});

	it('never expands an acronym the papers do not define so', () => {
		expect(sameSubject('RL', 'Representation learning', longForms)).toBe(false);
		expect(sameSubject('RL', 'Reinforcement learning', new Map())).toBe(false);
	});
});

describe('unnumbered', () => {
	it('drops numbers hyphenated onto a word, and only those', () => {
		expect(unnumbered('covid-19')).toBe('covid');
		expect(unnumbered('sars-cov-2 infection')).toBe('sars-cov infection');
		expect(unnumbered('gpt-4 evaluation')).toBe('gpt evaluation');
		expect(unnumbered('industry 4.0')).toBe('industry 4.0');
		expect(unnumbered('3d-printing')).toBe('3d-printing');
	});
});
