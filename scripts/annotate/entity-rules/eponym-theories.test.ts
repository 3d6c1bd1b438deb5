import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { eponymTheories } from './eponym-theories.ts';

const theories = (abstract: string) => eponymTheories.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('eponymTheories', () => {
	it('takes two surnames before a theory, approximation or kinetics, with a variant modifier', () => {
		// chemistry, physics, biochemistry, hydrology
		expect(theories('We combine size-modified Poisson–Boltzmann theory with ab initio simulations.')).toEqual(['size-modified Poisson–Boltzmann theory:method/used']);
		expect(theories('Screening follows Debye–Hückel theory at low ionic strength.')).toEqual(['Debye–Hückel theory:method/used']);
		expect(theories('Within the Born–Oppenheimer approximation, nuclei are fixed.')).toEqual(['Born–Oppenheimer approximation:method/used']);
		expect(theories('Uptake obeys Michaelis–Menten kinetics.')).toEqual(['Michaelis–Menten kinetics:method/used']);
	});

	it('leaves equations to eponym-formulas, and models, language pairs and one surname', () => {
		expect(theories('Rates follow the Butler-Volmer equation at low overpotential.')).toEqual([]);
		expect(theories('We train the Skywork-Reward model on pairs.')).toEqual([]);
		expect(theories('German–English bilingual children were tested on a theory of mind task.')).toEqual([]);
		expect(theories('The Pearson correlation and Debye theory were used.')).toEqual([]);
	});
});
