import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { entity, valuesOf } from '../testing/claim-sentence.ts';
import { claimSubjects } from './claim-subjects.ts';

describe('claimSubjects', () => {
	it('pairs every value of the clause when they are as many as the names', () => {
		const text = 'It reaches 12.1 and 16.9 on MATH and GSM, respectively.';
		const sentence: Span = { start: 0, end: text.length, text };
		const about = claimSubjects(sentence, valuesOf(text, ['12.1', '16.9']), [entity(text, 'MATH'), entity(text, 'GSM')]);
		expect(about).toEqual([['method/math'], ['method/gsm']]);
	});

	it('gives a sentence that names nothing and compares with prior work the paper’s own name', () => {
		const text = 'The subtitle frequencies explained 6% more of the variance than the existing written frequencies.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'subtlex-esp', name: 'SUBTLEX-ESP', type: 'dataset', role: 'introduced', spans: [{ start: 0, end: 11, text: 'SUBTLEX-ESP', field: 'title' }] };
		expect(claimSubjects(sentence, valuesOf(text, ['6%']), [own])).toEqual([['dataset/subtlex-esp']]);
		expect(claimSubjects(sentence, valuesOf(text, ['6%']), [])).toEqual([[]]);
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

	it('gives effect sizes reported at time points ("at T2 (d = 0.61)") to the clause\'s subject, not to the time point', () => {
		const text = 'Yoga participants reported greater sleep improvement than controls at T2 (d = 0.61, p = 0.01) and T3 (d = 0.45, p = 0.03).';
		const sentence: Span = { start: 0, end: text.length, text };
		expect(claimSubjects(sentence, valuesOf(text, ['0.61', '0.45']), [entity(text, 'Yoga', 'introduced')])).toEqual([['method/yoga'], ['method/yoga']]);
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

	it('gives a margin over the examples of a comparison\'s standard to the system of the clause before', () => {
		// After the form of a Hugging Face abstract: the list "A, B, and C splits" opens a clause of its own (`clauses.ts`).
		const text =
			'KernelAgent reaches high speed-ups on Split-1, Split-2, and Split-3 tasks, outperforming the strongest proprietary models such as Orca and Vega by about 40% on the hardest setting.';
		const sentence: Span = { start: 0, end: text.length, text };
		const entities = [entity(text, 'KernelAgent', 'introduced'), entity(text, 'Orca'), entity(text, 'Vega')];
		expect(claimSubjects(sentence, valuesOf(text, ['40%']), entities)).toEqual([['method/kernelagent']]);
	});
});
