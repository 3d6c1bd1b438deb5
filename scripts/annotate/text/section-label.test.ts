import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { isStructured, opensEmeraldFindings, opensWithHeading, sectionBody, sectionRole } from './section-label.ts';
import { selectTldr } from './tldr.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/section-label/', import.meta.url));

describe('sectionRole', () => {
	it('reads the label opening a sentence of a structured abstract', () => {
		expect(sectionRole('Background: Systematic differences have been observed in autism.')).toBe('background');
		expect(sectionRole('Objective: To estimate the relationship between a breach and outcomes.')).toBe('aim');
		expect(sectionRole('Conclusions: Multisite classification outperformed chance.')).toBe('conclusion');
		expect(sectionRole('IMPLICATIONS FOR CANCER SURVIVORS: The pilot matters.')).toBe('conclusion');
		// A Springer review's headings (scripts/eval/listings/unseen-round28-drone-aeroacoustics.bib).
		expect(sectionRole('Purpose of Review: This review aims to evaluate noise measurement.')).toBe('aim');
		expect(sectionBody('PURPOSE OF REVIEW: This review aims to evaluate noise measurement.')).toBe('This review aims to evaluate noise measurement.');
	});

	it('gives no role to methods or results sections, nor to a sentence with no label', () => {
		expect(sectionRole('Methods: For each of 964 subjects, we obtained measurements.')).toBeNull();
		expect(sectionRole('Results: Accuracy outperformed chance.')).toBeNull();
		expect(sectionRole('The background of this work: a survey.')).toBeNull();
	});

	it('reads joined and capitalised headings by their first name', () => {
		expect(sectionRole('BACKGROUND & AIMS: Low muscle mass predicts toxicity.')).toBe('background');
		// Embase's conference abstracts and clinical journals join the background heading to the aim's in words.
		expect(sectionRole('Introduction and Objectives: Severe hepatitis carries high mortality.')).toBe('background');
		expect(sectionRole('BACKGROUND AND OBJECTIVES: Falls are common in old age.')).toBe('background');
		expect(sectionRole('Conclusions and Relevance: Training reduced falls.')).toBe('conclusion');
		expect(sectionRole('SUMMARY: Routine CT images can quantify muscle.')).toBe('conclusion');
	});
});

describe('opensWithHeading', () => {
	it('reads any section heading, not only those that say something of the TL;DR', () => {
		expect(opensWithHeading('RESULTS: Of 200 deliveries, 40% were early.')).toBe(true);
		expect(opensWithHeading('Conclusions: X helps.')).toBe(true);
		expect(opensWithHeading('The question is: what helps users?')).toBe(false);
	});

	it('reads a heading in capitals that the usual headings do not hold, not an acronym before a colon', () => {
		expect(opensWithHeading('AREAS COVERED: This article reviews key drugs that have been discontinued.')).toBe(true);
		expect(opensWithHeading('EXPERT OPINION: Anti-Aβ drugs have failed to validate the hypothesis.')).toBe(true);
		expect(opensWithHeading('NMDA: a receptor of glutamate.')).toBe(false);
	});
});

describe('isStructured', () => {
	it('needs two sentences opening with a heading, methods and results headings included', () => {
		expect(isStructured(['Background: X is hard.', 'The aim was to test Y.', 'METHODS: We test Y.'])).toBe(true);
		expect(isStructured(['Materials and Methods: We test Y.', 'Results: Y helps.'])).toBe(true);
		expect(isStructured(['Background: X is hard.', 'We test Y.', 'Y helps.'])).toBe(false);
		expect(isStructured(['Note: a preprint.', 'Keywords: X, Y.'])).toBe(false);
		expect(isStructured(['INTRODUCTION: X is hard.', 'AREAS COVERED: This article reviews Y.', 'EXPERT OPINION: Y fails.'])).toBe(true);
	});
});

// Each fixture is a title and a structured abstract (after the ABIDE entry of
// scripts/eval/listings/unseen-neuroimaging.bib and a hospital study of unseen-arxiv-health-2019.xml; the
// others made up in the forms of the clinical abstracts of rounds 8 and 13: an aim stated under "Background:",
// joined headings in capitals, a "DESIGN:" sentence, a trial's design paper concluding in the future);
// output.json holds the TL;DR shown.
describe.each(readdirSync(fixturesDir).sort())('TL;DR of structured abstract %s', (name) => {
	it('is exactly the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
		const paper = JSON.parse(readFileSync(`${fixturesDir}${name}/input.json`, 'utf8')) as { title: string; abstract: string };
		const output = `${JSON.stringify({ tldr: selectTldr(splitSentences(paper.abstract), paper.title).text }, null, '\t')}\n`;
		const expectedFile = `${fixturesDir}${name}/output.json`;
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
		expect(output).toBe(readFileSync(expectedFile, 'utf8'));
	});
});

describe('sectionBody', () => {
	it('gives the sentence without its role label, and a sentence without one whole', () => {
		expect(sectionBody('Conclusions: Little is known about X.')).toBe('Little is known about X.');
		expect(sectionBody('Methods: We test Y.')).toBe('Methods: We test Y.');
	});
});

describe('opensEmeraldFindings', () => {
	it('reads "Findings" as the results section of an Emerald abstract only', () => {
		const emerald = ['Purpose: To test X.', 'Design/methodology/approach A survey of 200 firms.', 'Findings: X beat Y.'];
		expect(opensEmeraldFindings('Findings: X beat Y.', emerald)).toBe(true);
		expect(opensEmeraldFindings('Findings: X beat Y.', ['Background: X is hard.', 'Findings: X beat Y.', 'Interpretation: X helps.'])).toBe(false);
		expect(opensEmeraldFindings('Purpose: To test X.', emerald)).toBe(false);
	});
});
