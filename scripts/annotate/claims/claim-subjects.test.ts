import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from './claim-subjects.ts';

/** An entity of `text` at each place its name stands. */
const entity = (text: string, name: string, role: Entity['role'] = 'used'): Entity => {
	const spans = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
	return { id: name.toLowerCase(), name, type: 'method', role, spans };
};
const valuesOf = (text: string, numbers: string[]) =>
	numbers.map((n) => {
		const start = text.indexOf(n);
		return { start, end: start + n.length };
	});

describe('claimSubjects', () => {
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

	it('pairs every value of the clause when they are as many as the names', () => {
		const text = 'It reaches 12.1 and 16.9 on MATH and GSM, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const about = claimSubjects(sentence, valuesOf(text, ['12.1', '16.9']), [entity(text, 'MATH'), entity(text, 'GSM')]);
		expect(about).toEqual([['method/math'], ['method/gsm']]);
	});

	it('gives "our approach" the paper’s own name that only the title gives, whose title offsets are no mention here', () => {
		// After wardat21deeplocalize in scripts/eval/listings/unseen-software-engineering.bib.
		const text = 'For 34/40 cases, our approach was able to detect faults whereas the best approach provided by Keras detected 32/40 faults.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'deeplocalize', name: 'DeepLocalize', type: 'method', role: 'introduced', spans: [{ start: 0, end: 12, text: 'DeepLocalize', field: 'title' }] };
		// The title span [0, 12) would cover "For 34/40 ca" were it read as a place in the abstract.
		expect(claimSubjects(sentence, valuesOf(text, ['34/40', '32/40']), [own, entity(text, 'Keras')])).toEqual([['method/deeplocalize'], ['method/keras']]);
	});

	it('gives a sentence that names nothing and compares with prior work the paper’s own name', () => {
		const text = 'The subtitle frequencies explained 6% more of the variance than the existing written frequencies.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'subtlex-esp', name: 'SUBTLEX-ESP', type: 'dataset', role: 'introduced', spans: [{ start: 0, end: 11, text: 'SUBTLEX-ESP', field: 'title' }] };
		expect(claimSubjects(sentence, valuesOf(text, ['6%']), [own])).toEqual([['dataset/subtlex-esp']]);
		expect(claimSubjects(sentence, valuesOf(text, ['6%']), [])).toEqual([[]]);
	});

	it('gives a number in brackets to the method named right before them, and to none when that name is no entity', () => {
		// After the relativized burn ratio entry of scripts/eval/listings/unseen-fresh-remote-sensing.bib.
		const text = 'The accuracy achieved with RBR was higher than both dNBR (68.4%) and RdNBR (69.2%).';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'RBR', 'introduced'), entity(text, 'RdNBR')];
		expect(claimSubjects(sentence, valuesOf(text, ['68.4%', '69.2%']), entities)).toEqual([[], ['method/rdnbr']]);
	});

	it('reads a bracket that names something before its number by its own words', () => {
		// After the protein-embeddings entry of scripts/eval/listings/biology.bib.
		const text = 'It predicted conservation as accurately as ConSeq using MSAs (MCC for ProtT5 of 0.596).';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'ConSeq'), entity(text, 'ProtT5')];
		expect(claimSubjects(sentence, valuesOf(text, ['0.596']), entities)[0]).toContain('method/prott5');
	});

	it('leaves a bracket after what the result is measured against to the clause', () => {
		// After the spectral indices entry of scripts/eval/listings/unseen-fresh-remote-sensing.bib.
		const text = 'The SMA fraction also had high correlations with the GeoCBI (R2 = 0.66).';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'SMA'), entity(text, 'GeoCBI')];
		expect(claimSubjects(sentence, valuesOf(text, ['0.66']), entities)[0]).toContain('method/sma');
	});
	it('gives a sentence that names only datasets the paper\'s own method too, unless it speaks of prior work', () => {
		// After the Dr.LLM entry of scripts/eval/listings/unseen-first-hf-daily-2025-10-15.json.
		const text = 'Routers generalize to out-of-domain tasks (MMLU, AIME) with only 0.85% accuracy drop.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'drllm', name: 'Dr.LLM', type: 'method', role: 'introduced', spans: [{ start: 200, end: 206, text: 'Dr.LLM' }] };
		const datasets = ['MMLU', 'AIME'].map((name) => ({ ...entity(text, name), type: 'dataset' as const }));
		expect(claimSubjects(sentence, valuesOf(text, ['0.85%']), [own, ...datasets])[0]).toEqual(['method/drllm', 'dataset/mmlu', 'dataset/aime']);
		const prior = 'Existing routers reach only 61% on MMLU.';
		const onMmlu = { ...entity(prior, 'MMLU'), type: 'dataset' as const };
		expect(claimSubjects({ start: 0, end: prior.length, text: prior }, valuesOf(prior, ['61%']), [own, onMmlu])[0]).toEqual(['dataset/mmlu']);
	});

	it('leaves out what a result is compared with, and the names coordinated with it', () => {
		const text = 'The error of the HXT method was below 0.5 mm, which is better than that of the ABC and DEF methods.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'HXT'), entity(text, 'ABC'), entity(text, 'DEF')];
		expect(claimSubjects(sentence, valuesOf(text, ['0.5 mm']), entities)).toEqual([['method/hxt']]);
		const outdone = 'QRS outperforms TUV by 4%.';
		expect(claimSubjects({ start: 0, end: outdone.length, text: outdone }, valuesOf(outdone, ['4%']), [entity(outdone, 'QRS'), entity(outdone, 'TUV')])).toEqual([['method/qrs']]);
	});

	it('gives a sentence that names nothing what a study introducing nothing evaluates', () => {
		const text = 'The sensitivity and specificity were 91% and 88%, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const tested = entity('x'.repeat(200) + ' CardioScan', 'CardioScan');
		expect(claimSubjects(sentence, valuesOf(text, ['91%', '88%']), [tested], ['method/cardioscan'])).toEqual([['method/cardioscan'], ['method/cardioscan']]);
		// A proposed method is still the paper's own.
		const proposed: Entity = { ...entity('x'.repeat(300) + ' NewNet', 'NewNet'), role: 'introduced' };
		expect(claimSubjects(sentence, valuesOf(text, ['91%']), [tested, proposed], ['method/cardioscan'])).toEqual([['method/newnet']]);
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

	it('gives effect sizes reported at time points ("at T2 (d = 0.61)") to the clause\'s subject, not to the time point', () => {
		const text = 'Yoga participants reported greater sleep improvement than controls at T2 (d = 0.61, p = 0.01) and T3 (d = 0.45, p = 0.03).';
		const sentence: Span = { start: 0, end: text.length, text };
		expect(claimSubjects(sentence, valuesOf(text, ['0.61', '0.45']), [entity(text, 'Yoga', 'introduced')])).toEqual([['method/yoga'], ['method/yoga']]);
	});

	it('gives a number whose bracket names only the dataset it was measured on to the clause\'s subject, with that dataset', () => {
		// After 2604.13074 of scripts/eval/listings/unseen-round25-hf-daily-2026-04-20.json, names changed.
		const text = 'Extensive experiments validate our method\'s effectiveness, improving the baseline by 22.4% (Mem-Bench) under a long context.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'foovlm', name: 'FooVLM', type: 'method', role: 'introduced', spans: [{ start: 300, end: 306, text: 'FooVLM' }] };
		const bench: Entity = { ...entity(text, 'Mem-Bench', 'introduced'), id: 'mem-bench', type: 'dataset' };
		expect(claimSubjects(sentence, valuesOf(text, ['22.4%']), [own, bench])).toEqual([['method/foovlm', 'dataset/mem-bench']]);
		// A system in the bracket is still what the number is of.
		const system = 'Scores reach ~1732 (PPO) on the task.';
		expect(claimSubjects({ start: 0, end: system.length, text: system }, valuesOf(system, ['~1732']), [own, entity(system, 'PPO')])).toEqual([['method/ppo']]);
	});

	it('gives a sentence whose only systems are the standards it compares with to the paper\'s own method', () => {
		// After 2604.16254 of scripts/eval/listings/unseen-round25-hf-daily-2026-04-20.json, names changed.
		const text = 'These results establish forensic analysis as a more efficient paradigm, using 49x fewer parameters than BarNet and 4.8x fewer than BazNet.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'foonet', name: 'FooNet', type: 'method', role: 'introduced', spans: [{ start: 300, end: 306, text: 'FooNet' }] };
		const entities = [own, entity(text, 'BarNet'), entity(text, 'BazNet')];
		expect(claimSubjects(sentence, valuesOf(text, ['49x', '4.8x']), entities)).toEqual([['method/foonet'], ['method/foonet']]);
		// A clause after another borrows that one's subject, as before.
		const later = 'QuxNet reaches 80%, while being 2x slower than BarNet.';
		const used = [own, entity(later, 'QuxNet'), entity(later, 'BarNet')];
		expect(claimSubjects({ start: 0, end: later.length, text: later }, valuesOf(later, ['80%', '2x']), used)).toEqual([['method/quxnet'], ['method/quxnet']]);
	});

	it('gives "our method" and "it" the paper\'s main method, the one named first, not every part it introduces', () => {
		// After 2604.11035 of scripts/eval/listings/unseen-round21-hf-daily-2026-04-14.json, names changed.
		const abstract = 'We introduce FooLM, a paradigm for parallel decoding. FooLM uses a novel BarDec algorithm. It reaches 69.6 on AIME-24.';
		const sentence: Span = { start: abstract.indexOf('It reaches'), end: abstract.length, text: abstract.slice(abstract.indexOf('It reaches')) };
		const main: Entity = { ...entity(abstract, 'FooLM', 'introduced') };
		const part: Entity = { ...entity(abstract, 'BarDec', 'introduced'), type: 'algorithm' };
		const bench: Entity = { ...entity(abstract, 'AIME-24'), id: 'aime-24', type: 'dataset' };
		expect(claimSubjects(sentence, valuesOf(sentence.text, ['69.6']), [part, main, bench])).toEqual([['method/foolm', 'dataset/aime-24']]);
		// "This algorithm" points back at the part named last.
		const pointed = 'This algorithm yields a 9.9% relative improvement.';
		expect(claimSubjects({ start: 500, end: 500 + pointed.length, text: pointed }, valuesOf(pointed, ['9.9%']), [part, main])).toEqual([['algorithm/bardec']]);
	});

	it('gives "this strategy" the own method named last before the sentence', () => {
		// After 2603.16448 of scripts/eval/listings/unseen-round11-hf-daily-2026-03-18.json, names changed.
		const abstract = 'We propose FooSQL. This protocol bounds our novel Dual-Track BarPO strategy. By masking advantages, this strategy yields a 9.9% relative improvement over standard GRPO.';
		const from = abstract.indexOf('By masking');
		const sentence: Span = { start: from, end: abstract.length, text: abstract.slice(from) };
		const main = entity(abstract, 'FooSQL', 'introduced');
		const part = { ...entity(abstract, 'Dual-Track BarPO', 'introduced'), id: 'dual-track-barpo' };
		expect(claimSubjects(sentence, valuesOf(sentence.text, ['9.9%']), [main, part])).toEqual([['method/dual-track-barpo']]);
	});

	it('gives a margin over the examples of a comparison\'s standard to the system of the clause before', () => {
		// After the form of a Hugging Face abstract: the list "A, B, and C splits" opens a clause of its own (`clauses.ts`).
		const text =
			'KernelAgent reaches high speed-ups on Split-1, Split-2, and Split-3 tasks, outperforming the strongest proprietary models such as Orca and Vega by about 40% on the hardest setting.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'KernelAgent', 'introduced'), entity(text, 'Orca'), entity(text, 'Vega')];
		expect(claimSubjects(sentence, valuesOf(text, ['40%']), entities)).toEqual([['method/kernelagent']]);
	});
});
