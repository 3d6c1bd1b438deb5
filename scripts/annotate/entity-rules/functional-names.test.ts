import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { functionalNames } from './functional-names.ts';

const functionals = (abstract: string) => functionalNames.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}`);

describe('functionalNames', () => {
	it('takes functionals listed before the noun, a class word between', () => {
		// chemistry, materials science
		expect(functionals('This indicates that HSE06 and PBE0 hybrid functionals most accurately describe adsorption energies.')).toEqual(['HSE06:method', 'PBE0:method']);
		expect(functionals('Energies were computed with the B3LYP functional.')).toEqual(['B3LYP:method']);
		expect(functionals('We compare the RPBE, PBE and BEEF-vdW functionals for surfaces.')).toEqual(['RPBE:method', 'PBE:method', 'BEEF-vdW:method']);
	});

	it('leaves the theory, plain words and other senses of "functional"', () => {
		expect(functionals('Several DFT functionals were benchmarked.')).toEqual([]);
		expect(functionals('The Hybrid functionals were tested.')).toEqual([]);
		expect(functionals('Resting-state functional connectivity from fMRI functional scans.')).toEqual([]);
	});
});
