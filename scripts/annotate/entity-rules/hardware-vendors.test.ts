import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { hardwareVendors, onlyBeforeHardware } from './hardware-vendors.ts';

// unseen-round31 Hugging Face day: "We further validate the framework on the MetaX MACA backend", "Triton on NVIDIA GPUs and Maca on MetaX GPUs".
const ABSTRACT = 'We build evaluation services for Triton on NVIDIA GPUs and Maca on ChipZo GPUs, and validate the framework on the ChipZo MACA backend.';

describe('onlyBeforeHardware', () => {
	it('knows a name written only before a kind of processor or a backend', () => {
		expect(onlyBeforeHardware('ChipZo', ABSTRACT)).toBe(true);
		expect(onlyBeforeHardware('NVIDIA', ABSTRACT)).toBe(true);
	});

	it('keeps a name also written on its own, and one followed by another noun', () => {
		expect(onlyBeforeHardware('ChipZo', 'ChipZo GPUs run it, and ChipZo reports gains.')).toBe(false);
		expect(onlyBeforeHardware('Maca', ABSTRACT)).toBe(false);
	});
});

describe('hardware vendors in extractEntities', () => {
	it('drops a vendor named only by its hardware', () => {
		expect(extractEntities('Kernels', ABSTRACT, emptyLexicons()).map((e) => e.name)).not.toContain('ChipZo');
	});
});

describe('hardwareVendors', () => {
	it("answers each abstract by its own words, however the abstracts follow one another", () => {
		const plain = 'ChipZo reports gains on its own boards.';
		const rejects = (abstract: string) => hardwareVendors.rejects({ name: 'ChipZo', forms: [] } as never, { abstract } as never);
		for (const abstract of [ABSTRACT, plain, plain, ABSTRACT, ABSTRACT, plain]) expect(rejects(abstract)).toBe(abstract === ABSTRACT);
	});
});
