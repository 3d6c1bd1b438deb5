import { describe, expect, it } from 'vitest';
import { markOwnSizedVariants } from './sized-variants.ts';
import type { Candidate } from './resolve-mentions.ts';

const candidate = (name: string, role: Candidate['role'], type: Candidate['type'] = 'model'): Candidate => ({ type, name, role, forms: new Set([name]), priority: 1 });

describe('markOwnSizedVariants', () => {
	it('makes a parameter-count size of an introduced name introduced', () => {
		const list = [candidate('ERA', 'introduced', 'method'), candidate('ERA-3B', 'used'), candidate('ERA 7B', 'used')];
		markOwnSizedVariants(list);
		expect(list.map((c) => c.role)).toEqual(['introduced', 'introduced', 'introduced']);
	});

	it('leaves sizes of models the paper only used', () => {
		const list = [candidate('ERA', 'introduced', 'method'), candidate('Qwen2-7B', 'used'), candidate('ERAS-3B', 'used')];
		markOwnSizedVariants(list);
		expect(list.map((c) => c.role)).toEqual(['introduced', 'used', 'used']);
	});

	it('makes a part the introduced name heads with a hyphen introduced', () => {
		const list = [candidate('GlyphKit', 'introduced', 'method'), candidate('GlyphKit-Encoder', 'used'), candidate('GlyphKit-50K', 'used', 'dataset'), candidate('GlyphKitPro-Encoder', 'used')];
		markOwnSizedVariants(list);
		expect(list.map((c) => c.role)).toEqual(['introduced', 'introduced', 'introduced', 'used']);
	});

	// unseen-round31 Hugging Face day: "we present Kernel-Smith … Kernel-Smith-235B-RL achieves … our Kernel-Smith-MACA-30B surpasses".
	it('makes a variant introduced whose head is the introduced name before several parts', () => {
		const list = [candidate('Kernel-Smith', 'introduced', 'method'), candidate('Kernel-Smith-235B-RL', 'used'), candidate('Kernel-Smith-MACA-30B', 'used'), candidate('Kernel-SmithX-7B', 'used')];
		markOwnSizedVariants(list);
		expect(list.map((c) => c.role)).toEqual(['introduced', 'introduced', 'introduced', 'used']);
	});

	it('leaves a hyphenated name whose head is a plain word the authors introduced', () => {
		const list = [candidate('Atlas', 'introduced', 'method'), candidate('Atlas-Net', 'used')];
		markOwnSizedVariants(list);
		expect(list.map((c) => c.role)).toEqual(['introduced', 'used']);
	});
});
