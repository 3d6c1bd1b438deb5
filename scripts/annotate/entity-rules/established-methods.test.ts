import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { establishedMethods } from './established-methods.ts';

const found = (abstract: string, known: string[] = []) => establishedMethods.find(entityContext(abstract, { known: new Set(known) })).map((f) => `${f.name}:${f.type}/${f.role}`);

// Written after a review of a vesicle preparation method (unseen-round37 membranes and colloids), reworded and in other fields.
describe('establishedMethods', () => {
	it('takes the subject a clause calls the most used, common or popular method of its field', () => {
		expect(found('Since its invention forty years ago, electrospinning has become the most commonly used method for making nanofibres.')).toEqual(['electrospinning:method/used']);
		expect(found('Films were cast. Spin coating is a widely used technique for thin polymer layers.')).toEqual(['Spin coating:method/used']);
		expect(found('In soil labs, wet sieving remains the most common procedure to split aggregates.')).toEqual(['wet sieving:method/used']);
	});

	it('leaves a subject with a function word or a pronoun, a long phrase, a known name and another predicate', () => {
		expect(found('Comparison with living animals is the most common method of reconstruction.')).toEqual([]);
		expect(found('It has become the most commonly used method. This is a widely used technique.')).toEqual([]);
		expect(found('The slow careful manual tracing of cells is the most used method.')).toEqual([]);
		expect(found('Kriging is the most common method for interpolation.', ['Kriging'])).toEqual([]);
		expect(found('Electrospinning has become a cheap way of making fibres.')).toEqual([]);
	});
});
