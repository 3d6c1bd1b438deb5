import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';
import { entity, valuesOf } from '../testing/claim-sentence.ts';
import { claimSubjects } from './claim-subjects.ts';

describe('claimSubjects: numbers read by their brackets', () => {
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
});
