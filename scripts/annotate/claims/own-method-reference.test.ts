import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { entity, valuesOf } from '../testing/claim-sentence.ts';
import { claimSubjects } from './claim-subjects.ts';

describe('claimSubjects: the paper\'s own method unnamed', () => {
	it('gives "our approach" the paper’s own name that only the title gives, whose title offsets are no mention here', () => {
		// After wardat21deeplocalize in scripts/eval/listings/unseen-software-engineering.bib.
		const text = 'For 34/40 cases, our approach was able to detect faults whereas the best approach provided by Keras detected 32/40 faults.';
		const sentence: Span = { start: 0, end: text.length, text };
		const own: Entity = { id: 'deeplocalize', name: 'DeepLocalize', type: 'method', role: 'introduced', spans: [{ start: 0, end: 12, text: 'DeepLocalize', field: 'title' }] };
		// The title span [0, 12) would cover "For 34/40 ca" were it read as a place in the abstract.
		expect(claimSubjects(sentence, valuesOf(text, ['34/40', '32/40']), [own, entity(text, 'Keras')])).toEqual([['method/deeplocalize'], ['method/keras']]);
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

	it('gives "our modifications" the paper\'s own method, not the benchmark a gain is measured on nor the backbone it is measured for', () => {
		// After 2603.04892 of scripts/eval/listings/unseen-round34-hf-daily-2026-03-06.json, names changed.
		const text = 'Experiments demonstrate the effectiveness of our modifications, evidenced by gains on two benchmarks (e.g., over 5% and 3% on FooSeg for BarNet Small and Large).';
		const sentence: Span = { start: 900, end: 900 + text.length, text };
		const own: Entity = { id: 'local-bar-transformer', name: 'Local Bar Transformer', type: 'method', role: 'introduced', spans: [{ start: 0, end: 21, text: 'Local Bar Transformer', field: 'title' }] };
		const bench: Entity = { ...entity(text, 'FooSeg'), id: 'fooseg', type: 'dataset' };
		const backbone: Entity = { ...entity(text, 'BarNet Small'), id: 'barnet-small', type: 'model' };
		for (const e of [bench, backbone]) e.spans = e.spans.map((s) => ({ ...s, start: s.start + 900, end: s.end + 900 }));
		expect(claimSubjects(sentence, valuesOf(text, ['5%', '3%']), [own, bench, backbone])).toEqual([
			['method/local-bar-transformer', 'dataset/fooseg'],
			['method/local-bar-transformer', 'dataset/fooseg'],
		]);
	});
});
