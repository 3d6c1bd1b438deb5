import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const lexicons = parseLexicons([
	{ file: 'methods.yaml', text: '- name: finite element method\n- name: finite volume method\n- name: Bayesian optimization\n' },
]);
const names = (abstract: string) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}`);

// unseen-round32 fracture of brittle materials: "A Lagrangian finite element method of fracture and fragmentation … is developed", read as "finite element method".
describe('eponymAdjectiveVariants in extractEntities', () => {
	it('names a known lower-case technique with the eponymous adjective before it', () => {
		expect(names('An Eulerian finite volume method of crack growth is developed and tested.')).toEqual(['Eulerian finite volume method/method']);
	});

	it("leaves an adjective of a people or a school, and a technique the lexicon knows with its adjective", () => {
		expect(names('A Canadian finite element method study and Bayesian optimization were run.')).toEqual(['finite element method/method', 'Bayesian optimization/method']);
	});
});
