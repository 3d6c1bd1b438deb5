import { describe, expect, it } from 'vitest';
import { comparedNames } from './compared-names.ts';

// Sentences from the evaluation listings (scripts/eval/listings/SOURCES.md): ResFormer and
// ZIP-FIT (hf-daily-2024-10-25.json), the VESPA paper and CCI3.0-HQ's corpus comparison.
const contextOf = (abstract: string, generic: string[] = [], known: string[] = []) => ({
	title: '',
	abstract,
	sentences: [],
	acronyms: [],
	lexicons: undefined as never,
	isGeneric: (n: string) => generic.includes(n),
	isKnown: (n: string) => known.includes(n),
	inUrl: () => false,
	inAcronym: () => false,
});
const compared = (abstract: string, generic: string[] = [], known: string[] = []) =>
	comparedNames.find(contextOf(abstract, generic, known)).map((f) => `${f.name}:${f.type}`);

describe('comparedNames', () => {
	it('takes the coined names of a list of compared work', () => {
		expect(compared('SVFormer trains faster and performs better than other methods like GQA and CLA, with performance')).toEqual(['GQA:method', 'CLA:method']);
		expect(compared('ZIP-FIT significantly outperforms leading baselines like DSIR and D4. Models trained')).toEqual(['DSIR:method', 'D4:method']);
		expect(compared('to other methods (incl. ESM-1v, DeepSequence, and GEMME) revealed our approach')).toEqual(['ESM-1v:method', 'DeepSequence:method', 'GEMME:method']);
		expect(compared('achieving superior performance compared to CCI3.0, SkyPile, and WanjuanV1.')).toEqual(['CCI3.0:method', 'SkyPile:method', 'WanjuanV1:method']);
	});

	it('keeps a dotted version after a compared name as part of it', () => {
		expect(compared('It cuts the error by 40% compared to ORB-SLAM 3.1 and outperforms DROID-SLAM v2.0 on both sets.')).toEqual(['ORB-SLAM 3.1:method', 'DROID-SLAM v2.0:method']);
		expect(compared('It is better than MiDaS 3.')).toEqual(['MiDaS:method']);
	});

	it('takes what a number of times faster or slower is measured against, a lower-case name with a version digit included', () => {
		// file systems and compression tools are named so
		expect(compared('Under random writes the prototype is about 1.8 times slower than ext4. Its compressor is faster than bzip2.')).toEqual(['ext4:method', 'bzip2:method']);
		expect(compared('It is 3 times faster than before and better than chance.')).toEqual([]);
	});

	it('types names after "models such as" as models', () => {
		expect(compared('It beats open models such as Qwen2-VL and InternVL.')).toEqual(['Qwen2-VL:model', 'InternVL:model']);
	});

	it('states the type only after a kind that names one, not after a part played', () => {
		const stated = (abstract: string) => comparedNames.find(contextOf(abstract)).map((f) => `${f.name}:${f.statedType}`);
		expect(stated('better than other methods like GQA and CLA')).toEqual(['GQA:true', 'CLA:true']);
		expect(stated('It beats open models such as Qwen2-VL.')).toEqual(['Qwen2-VL:true']);
		expect(stated('It beats baselines such as Qwen3-8B and DSIR.')).toEqual(['Qwen3-8B:false', 'DSIR:false']);
		expect(stated('unlike tools such as BLASTX; systems like AlphaFold2 differ.')).toEqual(['BLASTX:false', 'AlphaFold2:false']);
		expect(stated('achieving superior performance compared to SkyPile and WanjuanV1.')).toEqual(['SkyPile:false', 'WanjuanV1:false']);
	});

	it('leaves out plain words, generic and known names, and examples of a kind', () => {
		expect(compared('It outperforms the vanilla Transformer and strong baselines.')).toEqual([]);
		expect(compared('compared to SOTA methods', ['SOTA'])).toEqual([]);
		expect(compared('baselines such as PPO and DSIR', [], ['PPO'])).toEqual(['DSIR:method']);
		expect(compared('left-to-right models (e.g., GPTs), for both classification')).toEqual([]);
	});

	it('takes a coined name given as an example in brackets', () => {
		// After 10.1016/j.neuroimage.2015.02.064 in scripts/eval/listings/unseen-neuroimaging.bib.
		expect(compared('needing manual labeling of derived components (e.g. ICA-FIX; Salimi-Khorshidi et al. (2014)).')).toEqual(['ICA-FIX:method']);
		expect(compared('strong aligners (for example, BWA-MEM and Bowtie2) map reads')).toEqual(['BWA-MEM:method', 'Bowtie2:method']);
		expect(compared('encoders (e.g., CNNs and ViTs) extract features')).toEqual([]);
	});
	it('takes title-case words joined by hyphens after a kind and "such as", not after a bare comparison', () => {
		expect(compared('Unlike prior approaches such as Teacher-Forcing, our method needs no teacher.')).toEqual(['Teacher-Forcing:method']);
		expect(compared('Our method runs faster than Round-Robin scheduling.')).toEqual([]);
	});

	it('reads a bracket of examples right after a kind, and one whose list opens on a preposition', () => {
		expect(compared('It rivals leading commercial systems (e.g., Vidra-Omni).')).toEqual(['Vidra-Omni:method']);
		expect(compared('The delay drops tenfold (e.g., in FooNet and BarNet) to one step.')).toEqual(['FooNet:method', 'BarNet:method']);
	});

	it('takes a Greek letter with a numeric subscript only beside a coined name in the same list', () => {
		expect(compared('The delay drops tenfold (e.g., in ρ_{0.5} and Foo-VLA) to one step.')).toEqual(['ρ_{0.5}:model', 'Foo-VLA:model']);
		expect(compared('The bound holds (e.g., for σ_1 and σ_2) in all runs.')).toEqual([]);
	});
});

describe('comparedNames after the words that rank it', () => {
	it('takes the name after "the prior state-of-the-art"', () => {
		expect(compared('with 24.4% savings compared to the prior state-of-the-art LARP and our fixed-length baseline.')).toEqual(['LARP:method']);
	});
});
