import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('measurementSubjects', () => {
	it('takes a technique named by its effect that opens a sentence as its measurements’ subject', () => {
		const abstract =
			'Thin films were grown on glass. Ferromagnetic resonance measurements were performed to find the damping. Neutron diffraction patterns reveal a second phase. Carrier lifetime decay curves show slow recombination.';
		const found = names(abstract);
		expect(found).toContain('Ferromagnetic resonance:method:used');
		expect(found).toContain('Neutron diffraction:method:used');
		expect(found).toContain('Carrier lifetime decay:method:used');
	});

	it('leaves the phrase where it opens no sentence, and a run described without its technique', () => {
		expect(names('We review the evidence from muon spin resonance experiments on the pyrochlore.')).toEqual([]);
		expect(names('The films are thin. Further resonance measurements are planned. Temperature decay curves were flat.')).toEqual([]);
	});
});
