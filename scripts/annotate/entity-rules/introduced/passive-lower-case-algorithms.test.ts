import { describe, expect, it } from 'vitest';
import { emptyLexicons, parseLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const entities = (abstract: string, lexicons = emptyLexicons()) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);
const known = parseLexicons([{ file: 'content/lexicons/science-algorithms.yaml', text: '- name: cutting plane\n- name: genetic algorithm\n' }]);

describe('passive lower-case algorithms', () => {
	it('takes the algorithm a sentence opens on and proposes in the passive, however far the verb', () => {
		expect(entities('Harvest routes are long. A cutting plane algorithm to find the shortest harvest route for small fields is proposed.')).toEqual([
			'cutting plane algorithm:algorithm/introduced',
		]);
		expect(entities('A swap-repair operator tabu search algorithm based on a lower bound on fuel use was developed, and it was tested on farms.')).toEqual([
			'swap-repair operator tabu search algorithm:algorithm/introduced',
		]);
	});

	it("reads a known technique's bare name, said after, as the paper's algorithm", () => {
		const abstract = 'A cutting plane algorithm for routing is proposed. The bound of the cutting plane is tightened by a heuristic.';
		expect(entities(abstract, known)).toEqual(['cutting plane algorithm:algorithm/introduced']);
	});

	it('leaves a described algorithm, a known one, and one proposed by others or in a clause of its own', () => {
		expect(entities('An efficient scheduling algorithm is proposed.')).toEqual([]);
		expect(entities('A genetic algorithm was designed for the routes.', known)).toEqual(['genetic algorithm:algorithm/used']);
		expect(entities('A cutting plane algorithm was proposed by Gomory in 1958.')).toEqual([]);
		expect(entities('A cutting plane algorithm, which was proposed for integer programs, is used here.')).toEqual([]);
	});
});
