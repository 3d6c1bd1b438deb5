import { describe, expect, it } from 'vitest';
import { ourNamedAcronym } from './our-named-acronym.ts';
import type { NameContext } from './name-rule.ts';

const names = (abstract: string) => {
	const context: NameContext = { title: '', abstract, sentences: [], acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return ourNamedAcronym.scope === 'paper' ? ourNamedAcronym.find(context, []).map((h) => h.name) : [];
};

describe('ourNamedAcronym', () => {
	// After the ElarmS entry of scripts/eval/listings/unseen-seismology.bib.
	it('takes the acronym of a title-case name the authors call theirs', () => {
		expect(names('Using data from past earthquakes, we show that our Earthquake Alarm System (ElarmS) could issue a warning.')).toEqual(['ElarmS']);
	});

	it('takes it after its kind in apposition', () => {
		expect(names('We contrast them with our technique, Cadastral-based Expert Dasymetric System (CEDS), which suits cities.')).toEqual(['CEDS']);
		expect(names('We compare our results, Figure Two (F2), with others.')).toEqual([]);
		expect(names('It generalises, as shown in our newly introduced benchmark for Referral Video Process Segmentation (Ref-VPS).')).toEqual(['Ref-VPS']);
	});

	it('leaves a lower-case phrase after "our" and a title-case name of others', () => {
		expect(names('This improves our understanding of seismic noise (SN).')).toEqual([]);
		expect(names('We use the Earthquake Alarm System (ElarmS).')).toEqual([]);
	});
});

describe('ourNamedAcronym, "proposed" and an ampersand', () => {
	it('takes the acronym after "our proposed" and title-case words an ampersand joins', () => {
		expect(names('Lessons are retrieved via our proposed Relevance & Recency-Aware Upper Confidence Bound (RecRel-UCB) strategy.')).toEqual(['RecRel-UCB']);
	});
});

describe('ourNamedAcronym at a sentence start', () => {
	it('takes the acronym after a capitalised "Our" and the kind in apposition', () => {
		expect(names('Prior samplers collapse. Our method, Coupled Score Refinement (C-SR), keeps diversity.')).toEqual(['C-SR']);
	});
});
