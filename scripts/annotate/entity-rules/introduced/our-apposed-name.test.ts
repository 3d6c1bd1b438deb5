import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const entities = (abstract: string) => extractEntities('Reading charts with small models', abstract, emptyLexicons()).map((e) => `${e.name} ${e.type}/${e.role}`);

describe('our apposed name', () => {
	it('reads a coined name before "our" and a kind as the authors\' own', () => {
		expect(entities('Gains hold on average across ChartEvalX, our suite of 12 hard benchmarks.')).toContain('ChartEvalX dataset/introduced');
		expect(entities('Captions come from PlotNet, our compact captioning model, at every step.')).toContain('PlotNet method/introduced');
	});

	it('leaves a plain word and a name with no kind after "our"', () => {
		const plain = entities('Results hold in Europe, our region of interest, and on Tuesday, our benchmark day.');
		expect(plain.filter((e) => /Europe|Tuesday/.test(e))).toEqual([]);
		expect(entities('We compare FooNet, our earlier choice, with others.').filter((e) => e.includes('introduced'))).toEqual([]);
		expect(entities('On FooSet and BarSet, our model achieves the best scores.').filter((e) => e.includes('introduced'))).toEqual([]);
	});
});
