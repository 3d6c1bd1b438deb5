import { describe, expect, it } from 'vitest';
import { entityContext } from '../../testing/entity-context.ts';
import type { Candidate } from '../resolve-mentions.ts';
import { composedOfParts } from './composed-of-parts.ts';

const candidate = (name: string): Candidate => ({ type: 'method', name, role: 'used', forms: new Set([name]), priority: 1 });
const own = (abstract: string, name: string, introduced: string[] = [], known: string[] = []) =>
	composedOfParts.isOwn(candidate(name), { ...entityContext(abstract, { known: new Set(known) }), introduced: new Set(introduced) });

describe('composedOfParts', () => {
	// unseen-round29 Hugging Face day: LLaDA-o "is built on a Mixture of Diffusion (MoD) framework".
	it('claims a part defined after a verb of composition whose subject is an introduced name', () => {
		expect(own('We present Foo-o, a model. Foo-o is built on a Mixture of Diffusion (MoD) framework that decouples text.', 'MoD', ['Foo-o'])).toBe(true);
		expect(own('We present Bar. Bar consists of a Structure Encoder (SE) and a decoder.', 'SE', ['Bar'])).toBe(true);
	});

	it('claims a part of "our" or "the proposed" system', () => {
		expect(own('Our framework comprises a Dual Memory Router (DMR) and a planner.', 'DMR')).toBe(true);
		expect(own('The proposed model integrates a Cross Scale Fusion (CSF) block.', 'CSF')).toBe(true);
	});

	// unseen-round9 and round24 Hugging Face days: "we adopt a Mixture-of-Transformers (MoT) architecture",
	// "a … strategy based on Distribution Matching Distillation (DMD)" — gold has both used.
	it('leaves what a system draws on, and what others build', () => {
		expect(own('Foo adopts a Mixture-of-Transformers (MoT) architecture.', 'MoT', ['Foo'])).toBe(false);
		expect(own('We design a strategy based on Distribution Matching Distillation (DMD).', 'DMD')).toBe(false);
		// unseen-round21-nuclear-risk-assessment: "The proposed framework comprises a combined modeling strategy that uses the
		// dual-graph error propagation methodology (DEPM)", gold used.
		expect(own('The proposed framework comprises a combined strategy that uses the dual-graph error propagation methodology (DEPM).', 'DEPM')).toBe(false);
		expect(own('Their system consists of a Structure Encoder (SE) and a decoder.', 'SE', ['Bar'])).toBe(false);
	});

	it('leaves a known part and an undefined one', () => {
		expect(own('Bar is built on a Low-Rank Adaptation (LoRA) backbone.', 'LoRA', ['Bar'], ['LoRA'])).toBe(false);
		expect(own('Bar consists of SE and a decoder.', 'SE', ['Bar'])).toBe(false);
	});
});
