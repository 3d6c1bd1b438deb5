import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';
import { benchmarkAfter, releaseLine } from './stem-sharing-parts.ts';

const entities = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('stem-sharing parts', () => {
	it('takes the parts named on the stem before a version, of the kind the paper states', () => {
		const abstract =
			'We propose TAB-3, a hierarchical benchmark for tool agents. (i) TAB-Short evaluates short tasks. (ii) TAB-Long introduces long-horizon tasks for end-to-end completion.';
		expect(entities(abstract)).toEqual(['TAB-3:dataset/introduced', 'TAB-Short:dataset/introduced', 'TAB-Long:dataset/introduced']);
	});

	it('takes a part named on the leading word of a coined name, typed by its own count of parameters', () => {
		const abstract = 'We present SignalNet, a lightweight framework that detects synthetic speech. A small UNet (SignalUNet, 2.1M parameters) extracts residuals.';
		expect(entities(abstract)).toEqual(['SignalNet:method/introduced', 'SignalUNet:model/introduced']);
	});

	it('takes the parts named on the acronym before a hyphened word of the name', () => {
		const abstract =
			'We introduce TSR-Bench, the first benchmark designed to quantify spatial reasoning. It consists of two components: TSR-Real, a real-world dataset, and TSR-Syn, a large-scale synthetic benchmark.';
		expect(entities(abstract)).toEqual(['TSR-Bench:dataset/introduced', 'TSR-Real:dataset/introduced', 'TSR-Syn:dataset/introduced']);
	});

	it('leaves a name on a two-capital prefix, which many names share', () => {
		const abstract = 'We propose UI-Zoomer, a training-free zoom-in framework. Experiments on ScreenSpot-Pro, UI-Vision, and ScreenSpot-v2 show gains.';
		expect(entities(abstract).filter((e) => e.startsWith('UI-Vision:') && e.endsWith('/introduced'))).toEqual([]);
	});

	it('leaves an earlier version on the same stem', () => {
		const abstract = 'We propose TAB-3, a hierarchical benchmark for tool agents, and compare it with TAB-2.';
		expect(entities(abstract).filter((e) => e.startsWith('TAB-2'))).not.toContain('TAB-2:dataset/introduced');
	});
});

describe('stem-sharing parts before a benchmark noun', () => {
	it('names the part with the capitalised benchmark noun written after it, a dataset', () => {
		const abstract = 'We present DreamVideo-Omni, a unified framework for video customization. Supported by the comprehensive DreamOmni Bench for control evaluation, DreamVideo-Omni excels.';
		expect(entities(abstract)).toEqual(['DreamVideo-Omni:method/introduced', 'DreamOmni Bench:dataset/introduced']);
	});

	it('reads the benchmark noun only right after the word', () => {
		expect(benchmarkAfter('on the DreamOmni Bench for control', 'DreamOmni')).toBe('DreamOmni Bench');
		expect(benchmarkAfter('DreamOmni scores well on a Bench', 'DreamOmni')).toBeUndefined();
	});
});

describe('stem-sharing words written as a line of releases', () => {
	it('leaves a product line the paper evaluates, with a series or releases of its own, to the other rules', () => {
		const abstract =
			'To address these gaps, we introduce LumoEval, a benchmark and evaluation framework for research agents. ' +
			'Evaluation across 13 systems yields three findings. The LumoSeeker series achieves the most balanced performance, with LumoSeeker-H1 ranking the highest overall.';
		expect(entities(abstract).filter((e) => e.startsWith('LumoSeeker') && e.endsWith('/introduced'))).toEqual([]);
	});

	it('reads a series, a family or a hyphened version after the word', () => {
		expect(releaseLine('The LumoSeeker series leads.', 'LumoSeeker')).toBe(true);
		expect(releaseLine('with LumoSeeker-2.5 first', 'LumoSeeker')).toBe(true);
		expect(releaseLine('LumoUNet extracts masks; LumoUNet-based heads follow.', 'LumoUNet')).toBe(false);
	});
});
