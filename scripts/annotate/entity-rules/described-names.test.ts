import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { describedNames } from './described-names.ts';

const contextOf = (abstract: string, generic: string[] = []) => {
	const acronyms = extractAcronyms(abstract);
	return {
		title: '',
		abstract,
		sentences: [],
		acronyms,
		lexicons: undefined as never,
		isGeneric: (n: string) => generic.includes(n),
		isKnown: () => false,
		inUrl: () => false,
		inAcronym: (at: number) => acronyms.some((a) => at >= a.span.start && at < a.span.end),
	};
};
const described = (abstract: string, generic: string[] = []) => describedNames.find(contextOf(abstract, generic)).map((f) => `${f.name}:${f.role}`);

describe('describedNames', () => {
	it('leaves out a letter with a numeric subscript, the symbol of a quantity (unseen-round10-glaciology.csl.json)', () => {
		expect(described('A method to estimate cloud cover from the measured short-wave irradiance (E0) is needed.')).toEqual([]);
		expect(described('The decay follows the first-order rate constant (k1) at all temperatures.')).toEqual([]);
	});

	it('leaves out the abbreviation of the one word before it, a drug or compound shortened', () => {
		expect(described('Dexamethasone (DXM) is given to women at risk of preterm birth.')).toEqual([]);
		expect(described('Patients received weekly paclitaxel (PTX) for twelve weeks.')).toEqual([]);
		expect(described('Scenes fell into three kinds: Colour (CI),Gestalt (GI) and Texture (TI).')).toEqual([]);
		expect(described('We propose routing with memory (MemRouter) for sparse experts.')).toEqual(['MemRouter:introduced']);
	});

	it('takes a coined name given to a description (ResFormer paper, hf-daily-2024-10-25.json)', () => {
		expect(described('Based on this method, one variant is the Transformer with single layer value (SVFormer), where all layers share')).toEqual(['SVFormer:introduced']);
		expect(described('To address this problem, we propose Transformer with residual value (ResFormer) which approximates attention.')).toEqual(['ResFormer:introduced']);
	});

	it('takes a variant of a thing named before as used, not coined (unseen-fresh-remote-sensing.bib, 10.3390/rs6031827)', () => {
		expect(described('Which of two equations, the delta normalized burn ratio and its relativized form (RdNBR), is best? Both are widely used.')).toEqual(['RdNBR:used']);
	});

	it('takes what experiments ran on as data used', () => {
		const found = describedNames.find(contextOf('Extensive experiments on both long-horizon planning (EB-HOME) and fine control (EB-Grasp) tasks show gains.'));
		expect(found.map((f) => `${f.name}:${f.type}/${f.role}`)).toEqual(['EB-HOME:dataset/used', 'EB-Grasp:dataset/used']);
	});

	it('takes the named instance that what was made rests on as used', () => {
		// a classifier built on a named boosting library, in any applied field
		expect(described('A gradient boosting (LightBoost)-based fault classifier was proposed for wind turbines.')).toEqual(['LightBoost:used']);
	});

	it('leaves a registration code in parentheses', () => {
		expect(described('The trial enrolled 2,000 adults (NCT01234567) and a review was registered (CRD42021234567).')).toEqual([]);
	});

	it('leaves a name in parentheses after a capitalised long form, which prior work spells out', () => {
		expect(described('We propose a framework based on Proximal Policy Optimization (PPOX) for control.')).toEqual([]);
	});

	it('leaves acronyms of the words before, generic names and plain words', () => {
		expect(described('It uses a large language model (LLM) and Grouped-Query Attention (GQA).')).toEqual([]);
		expect(described('as shown in the first experiment (Figure) with a strong baseline (SOTA)', ['SOTA'])).toEqual([]);
	});

	it('leaves a short form defined earlier and spelled out again to the acronym rules', () => {
		// process safety: the second spelling-out is no coinage of the authors
		expect(described('Hazard Analysis (HAZ) is required. This paper reviews current Hazard Analysis (HAZ) tools for plants.')).toEqual([]);
	});
});

describe('described names beside a mean', () => {
	it('reads the bracket after "mean" or "median" as the spread reported, no coinage', () => {
		const text = 'The mean (SD) follow-up was 7.0 (1.4) years and the median (IQR) age 71 (66-75) years.';
		expect(describedNames.find(contextOf(text)).map((n) => n.name)).toEqual([]);
	});
});
