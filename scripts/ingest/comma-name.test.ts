import { describe, expect, it } from 'vitest';
import { commaName } from './comma-name.ts';

describe('commaName', () => {
	it('reads "Family, Given" and keeps a name without a comma whole', () => {
		expect(commaName('Okafor, Ada N.')).toEqual({ family: 'Okafor', given: 'Ada N.' });
		expect(commaName(' Rao K ')).toEqual({ literal: 'Rao K' });
	});

	it('gives bare initials their points', () => {
		expect(commaName('Guzman-Gallegos, MA')).toEqual({ family: 'Guzman-Gallegos', given: 'M. A.' });
		expect(commaName('Rao, K')).toEqual({ family: 'Rao', given: 'K.' });
		expect(commaName('Hayes, J J C')).toEqual({ family: 'Hayes', given: 'J. J. C.' });
	});

	it('leaves a given name that is a word, and a name written all in capitals', () => {
		expect(commaName('Ma, Li')).toEqual({ family: 'Ma', given: 'Li' });
		expect(commaName('SMITH, ANN')).toEqual({ family: 'SMITH', given: 'ANN' });
		expect(commaName('Lee, J.-H.')).toEqual({ family: 'Lee', given: 'J.-H.' });
	});
});
