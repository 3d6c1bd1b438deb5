import { describe, expect, it } from 'vitest';
import { makesInOpening } from './made-in-opening.ts';
import { splitSummary } from './summary.ts';
import { splitSentences } from '../sentences.ts';

describe('makesInOpening', () => {
	// Chemistry and bioprocess papers open on what they made or added (after round 39's graphene listing).
	it('reads an opening that tells in the past passive what the study made, reported or added', () => {
		expect(makesInOpening('A new composite of MoS2 nanodots grown on porous graphene was synthesized via a two-step process.')).toBe(true);
		expect(makesInOpening('A new catalyst was prepared using a sulfonated graphene support.')).toBe(true);
		expect(makesInOpening('A facile approach to synthesize graphene loaded niobate microspheres was reported.')).toBe(true);
		expect(makesInOpening('Magnetite nanocomposites and magnetite nanoparticles were added to enhance biohydrogen production in dark fermentation.')).toBe(true);
	});

	it("leaves others' making, marked as earlier or by its makers, and a scene", () => {
		expect(makesInOpening('Such composites were previously prepared by hydrothermal routes.')).toBe(false);
		expect(makesInOpening('The first catalyst of this kind was prepared by Smith in 1998.')).toBe(false);
		expect(makesInOpening('Hydrogen has attracted huge interest as a renewable fuel.')).toBe(false);
	});

	it('puts such an opening in the approach, not the background', () => {
		const abstract = 'A new catalyst was prepared using a sulfonated graphene support. The catalyst was characterized by XRD and TEM. Its activity was 95% after five reuses.';
		const summary = splitSummary(splitSentences(abstract));
		expect(summary.problem.map((s) => s.text)).toEqual([]);
		expect(summary.approach[0]!.text).toBe('A new catalyst was prepared using a sulfonated graphene support.');
	});
});
