import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { entity, valuesOf } from '../testing/claim-sentence.ts';
import { claimSubjects } from './claim-subjects.ts';

describe('claimSubjects: values paired by "respectively"', () => {
	it('pairs "respectively" with a list whose last item is two names sharing a plural head ("the Bligh and Dyer methods")', () => {
		// After 10.1016/j.chroma.2010.12.003 of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json.
		const text =
			'The lipid yield with optimized PLE was higher than with the reference methods (Soxhlet and Bligh and Dyer methods with, respectively, a recovery of 78% and 85% compared to PLE).';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'PLE'), entity(text, 'Soxhlet'), entity(text, 'Bligh'), entity(text, 'Dyer')];
		expect(claimSubjects(sentence, valuesOf(text, ['78%', '85%']), entities)).toEqual([['method/soxhlet'], ['method/bligh', 'method/dyer']]);
		// Without the shared plural head the grouping is not read: the names stay with every value.
		const plain = text.replace('Dyer methods', 'Dyer');
		const about = claimSubjects({ start: 0, end: plain.length, text: plain }, valuesOf(plain, ['78%', '85%']), entities);
		expect(about[0]).toContain('method/ple');
	});

	it('pairs "respectively" with the coordinated values just before it when the clause has other numbers too', () => {
		// After cannon_bias_2015 of scripts/eval/listings/unseen-climate.bib.
		const text =
			'By the 2080s, changes in excess of +500% are noted for 20-yr return values, with maximum changes by DQM and QDM nearing +240% and +140%, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'DQM'), entity(text, 'QDM', 'introduced')];
		const about = claimSubjects(sentence, valuesOf(text, ['+500%', '+240%', '+140%']), entities);
		expect(about[1]).toEqual(['method/dqm']);
		expect(about[2]).toEqual(['method/qdm']);
	});

	it('pairs "respectively" with no fronted place and subject, and lets a verbless clause with places of its own borrow only the subject', () => {
		const text = 'On SuiteX, FooNet improves recall by up to 3.1% on GenA-1B, and by 2.2% and 1.9% on 5B and 9B models, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [{ ...entity(text, 'SuiteX'), type: 'dataset' as const }, entity(text, 'FooNet', 'introduced'), entity(text, 'GenA-1B')];
		const about = claimSubjects(sentence, valuesOf(text, ['3.1%', '2.2%', '1.9%']), entities);
		expect(about[0]).toContain('method/foonet');
		expect(about[1]).toEqual(['method/foonet']);
		expect(about[2]).toEqual(['method/foonet']);
	});
	it('gives values "respectively" paired with the standards of a comparison to what is compared, not to the standards', () => {
		// After 2603.09229 of scripts/eval/listings/unseen-round13-hf-daily-2026-03-12.json, names changed.
		const text = 'Evaluations show that FooKit achieves up to 5.1times speedup, while outperforming libraries like BarLib and BazLib by 12times and over 90times, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'FooKit', 'introduced'), entity(text, 'BarLib'), entity(text, 'BazLib')];
		const about = claimSubjects(sentence, valuesOf(text, ['5.1times', '12times', '90times']), entities);
		expect(about[1]).toEqual(['method/fookit']);
		expect(about[2]).toEqual(['method/fookit']);
	});

	it('still pairs "respectively" with names that are what the values are of', () => {
		const text = 'FooKit and BarLib reach 12% and 9% over BazLib, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'FooKit', 'introduced'), entity(text, 'BarLib'), entity(text, 'BazLib')];
		expect(claimSubjects(sentence, valuesOf(text, ['12%', '9%']), entities)).toEqual([['method/fookit'], ['method/barlib']]);
	});
	it('pairs "respectively" with values written in maths and a serial list whose last name opens a clause of its own', () => {
		// After 2604.21859 of scripts/eval/listings/unseen-round13-arxiv-astronomy-2026.xml, names changed.
		const text = 'We observe a value of $x=0.60^{+0.31}_{-0.33}, 0.58^{+0.30}_{-0.29}$ and $0.56^{+0.31}_{-0.28}$ for the FooWave, BarWave, and BazWave models, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'FooWave'), entity(text, 'BarWave'), entity(text, 'BazWave')];
		const about = claimSubjects(sentence, valuesOf(text, ['0.60^{+0.31}_{-0.33}', '0.58^{+0.30}_{-0.29}', '0.56^{+0.31}_{-0.28}']), entities);
		expect(about).toEqual([['method/foowave'], ['method/barwave'], ['method/bazwave']]);
	});
	it('pairs "respectively" with the values coordinated between maths delimiters when the clause holds another number', () => {
		const text = 'Beyond a 7% gain, we observe $0.60$ and $0.58$ for the FooWave and BarWave models, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'FooWave'), entity(text, 'BarWave')];
		const about = claimSubjects(sentence, valuesOf(text, ['7%', '0.60', '0.58']), entities);
		expect(about.slice(1)).toEqual([['method/foowave'], ['method/barwave']]);
	});
	it('pairs "respectively" with a list whose first item names no entity, and gives that item\'s number none', () => {
		// After 10.3168/jds.2009-2730 of scripts/eval/listings/unseen-round11-dairy-veterinary.csl.json, reworded.
		const text = 'Coefficients for predictions from parent average, FooStep, and BarStep approaches were 0.24, 0.37 to 0.41, and 0.40, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'FooStep'), entity(text, 'BarStep')];
		const about = claimSubjects(sentence, valuesOf(text, ['0.24', '0.37 to 0.41', '0.40']), entities);
		expect(about).toEqual([[], ['method/foostep'], ['method/barstep']]);
	});
});
