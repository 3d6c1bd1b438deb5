import { describe, expect, it } from 'vitest';
import { withoutDescribedRelations } from './described-relations.ts';

describe('withoutDescribedRelations', () => {
	it('takes out a verb of describing whose object is relationships', () => {
		expect(withoutDescribedRelations('We describe relationships between bond strength and dipole moment.')).toBe(' bond strength and dipole moment.');
		expect(withoutDescribedRelations('Finally, we report the associations among diet, sleep and mood.')).toBe('Finally,  diet, sleep and mood.');
	});

	it('keeps a thing described, even one about relationships', () => {
		expect(withoutDescribedRelations('We describe a toolkit for relationship extraction.')).toBe('We describe a toolkit for relationship extraction.');
		expect(withoutDescribedRelations('We present a model of the relationships between species.')).toBe('We present a model of the relationships between species.');
	});
});
