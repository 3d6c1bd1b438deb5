import { describe, expect, it } from 'vitest';
import { ourDevelopmentOf } from './our-development-of.ts';
import type { NameContext } from './name-rule.ts';

const names = (abstract: string) => {
	const context: NameContext = { title: '', abstract, sentences: [], acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return ourDevelopmentOf.scope === 'paper' ? ourDevelopmentOf.find(context, []).map((h) => h.name) : [];
};

describe('ourDevelopmentOf', () => {
	// After an entry of scripts/eval/listings/unseen-seismology.bib.
	it('takes the acronym of a system the authors say they are developing', () => {
		expect(names('In the course of our development of an automated, near-real-time, waveform correlation event-detection and location system (WCEDS), we have surveyed such algorithms.')).toEqual(['WCEDS']);
	});

	it('takes a name-shaped word right after the noun', () => {
		expect(names('This gap motivates our proposal of PRUNE (Path Ranking Under Noisy Evidence).')).toEqual(['PRUNE']);
		expect(names('We report our design of FlowNet2X, which runs on phones.')).toEqual(['FlowNet2X']);
		expect(names('We motivate our proposal of Bayesian optimization for tuning.')).toEqual([]);
	});

	it('leaves a development of others and one with no acronym', () => {
		expect(names('The development of a location system (LS) took years.')).toEqual([]);
		expect(names('Our development of a location system took years.')).toEqual([]);
	});
});
