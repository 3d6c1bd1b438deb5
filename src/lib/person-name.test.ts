import { describe, expect, it } from 'vitest';
import { splitName } from './person-name.ts';

describe('splitName', () => {
	it('takes the last word as the family name', () => {
		expect(splitName('Ada  M. Lovelace')).toEqual({ family: 'Lovelace', given: 'Ada M.' });
	});
	it('keeps a name written "Family, Given" as written', () => {
		expect(splitName('van Gogh, Vincent')).toEqual({ family: 'van Gogh', given: 'Vincent' });
	});
	it('gives a one-word name an empty given name', () => {
		expect(splitName('Plato')).toEqual({ family: 'Plato', given: '' });
	});
});
