import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { qualifiedEponymTechniques } from './qualified-eponym-techniques.ts';

const found = (abstract: string) => qualifiedEponymTechniques.find(entityContext(abstract)).map((n) => `${n.name}/${n.type}`);

describe('qualifiedEponymTechniques', () => {
	it('reads a meta-heuristic named after an animal, its qualifier before the head', () => {
		expect(found('Among the optimizers, the Cuckoo search algorithm converged first, and the Whale optimization algorithm second.')).toEqual([
			'Cuckoo search algorithm/algorithm',
			'Whale optimization algorithm/algorithm',
		]);
	});

	it('reads a stability proof named after a person, and a letter curve before a method', () => {
		expect(found('Convergence is proven by Lyapunov stability analysis, and demand is matched by the S-curve methodology.')).toEqual([
			'Lyapunov stability analysis/method',
			'S-curve methodology/method',
		]);
	});

	it('leaves adjectives, sentence openers, title-case names, other qualifiers and X-ray analysis', () => {
		expect(found('A Bayesian search algorithm was run. Genetic search algorithms differ. The Particle Swarm Optimization algorithm, Pearson correlation analysis and X-ray analysis were used.')).toEqual([]);
	});
});
