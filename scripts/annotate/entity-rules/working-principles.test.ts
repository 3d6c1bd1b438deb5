import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { workingPrinciples } from './working-principles.ts';

const principles = (abstract: string) => workingPrinciples.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('workingPrinciples', () => {
	it('takes the effect a device measures by, before "principle"', () => {
		expect(principles('The presented detector is based on the photoacoustic principle with a new resonant cell.')).toEqual(['photoacoustic principle:method/used']);
		expect(principles('Distances are read using the time-of-flight principle.')).toEqual(['time-of-flight principle:method/used']);
	});

	it('leaves a principle named in general terms or by what it serves', () => {
		expect(principles('Both sensors are based on the same principle.')).toEqual([]);
		expect(principles('The cell follows the working principle of a lock-in amplifier, based on the design principle of symmetry.')).toEqual([]);
		expect(principles('It is based on the exclusion principle of Pauli.')).toEqual([]);
	});
});
