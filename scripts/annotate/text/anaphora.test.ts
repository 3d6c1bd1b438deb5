import { describe, expect, it } from 'vitest';
import { leansOnPrevious, pointsBackAtObject } from './anaphora.ts';

describe('leansOnPrevious', () => {
	it('sees a demonstrative or pronoun subject', () => {
		expect(leansOnPrevious('These initiatives are expected to help fish farmers getting acquainted with the new normal.')).toBe(true);
		expect(leansOnPrevious('They outperform every baseline.')).toBe(true);
		expect(leansOnPrevious('Such models fail on long inputs.')).toBe(true);
		// After two entries of unseen-first-population-geography.bib.
		expect(leansOnPrevious('It examines the importance of the ancillary data source used to drive the process.')).toBe(true);
		// "Both periods" points back at two periods named before; "Both X and Y" is a coordination.
		expect(leansOnPrevious('Both periods are characterized by positive turbulent vertical buoyancy flux.')).toBe(true);
		expect(leansOnPrevious('Both humans and machines make errors.')).toBe(false);
	});

	it('lets an "it" that points at nothing open the sentence', () => {
		expect(leansOnPrevious('It is known that areal interpolation distorts estimates.')).toBe(false);
		expect(leansOnPrevious('It has been shown that the limiting variable method works.')).toBe(false);
		expect(leansOnPrevious('It can be shown that the bound is tight.')).toBe(false);
	});

	it('sees a problem stated before', () => {
		expect(leansOnPrevious('we approach this problem by learning a prior over shapes.')).toBe(true);
		expect(leansOnPrevious('We propose X, which removes the aforementioned limitations.')).toBe(true);
	});

	it('lets the paper name itself', () => {
		expect(leansOnPrevious('This study investigates social media use among extension agents.')).toBe(false);
		expect(leansOnPrevious('This review presents evidence of technological progress.')).toBe(false);
		expect(leansOnPrevious('This tutorial navigates the landscape of modern robot learning.')).toBe(false);
		// A structured abstract's last section, its heading not shown (unseen-round22-clinical-cohorts-trials.txt).
		expect(leansOnPrevious('This pilot study has important implications for all cancer survivors.')).toBe(false);
		expect(leansOnPrevious('This systematic review pools 40 trials.')).toBe(false);
		expect(leansOnPrevious('We propose FooNet for long contexts.')).toBe(false);
	});

	// After round 22's mindfulness trial, its conclusion shown once its capitals heading is left out.
	it('lets the paper name itself with the kind of its study between ("This pilot study", "This systematic review")', () => {
		expect(leansOnPrevious('This pilot study has important implications for all cancer survivors.')).toBe(false);
		expect(leansOnPrevious('This systematic review finds little evidence of harm.')).toBe(false);
		expect(leansOnPrevious('These pilot results hold for all survivors.')).toBe(true);
	});

	// After the CSDD Directive article of scripts/eval/listings/unseen-round31-esg-supply-chains.csv.
	it('sees the effects of a thing named only by "such a" as pointing back', () => {
		expect(leansOnPrevious('This article outlines the effects of such a procurement clause on companies and contracting authorities.')).toBe(true);
		expect(leansOnPrevious('This article outlines the effects of public procurement on companies.')).toBe(false);
	});
});

describe('pointsBackAtObject', () => {
	it('tells an object named by pointing back from a problem pointed back at', () => {
		expect(pointsBackAtObject('This article outlines the effects of such a procurement clause on companies.')).toBe(true);
		expect(pointsBackAtObject('This article presents such strategies and experiments.')).toBe(true);
		expect(pointsBackAtObject('We introduce CSRO, a novel framework that addresses this challenge by replacing RL oracles.')).toBe(false);
	});
});

