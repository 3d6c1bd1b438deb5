import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { sharedHeadTechniques } from './shared-head-techniques.ts';

const found = (abstract: string) => sharedHeadTechniques.find(entityContext(abstract)).map((n) => `${n.name} [${n.forms.join(' | ')}]`);

describe('sharedHeadTechniques', () => {
	it('names each item of a list that shares one plural head', () => {
		expect(found('The films were characterized by UV-Vis, IR and NMR spectroscopies before use.')).toEqual([
			'UV-Vis spectroscopy [UV-Vis]',
			'IR spectroscopy [IR]',
			'NMR spectroscopy [NMR | NMR spectroscopies]',
		]);
	});

	it('reads microscopies as spectroscopies are read', () => {
		expect(found('Domain walls were imaged by Lorentz and Kerr microscopies.')).toEqual(['Lorentz microscopy [Lorentz]', 'Kerr microscopy [Kerr | Kerr microscopies]']);
	});

	it('leaves lower-case qualifiers of a kind', () => {
		expect(found('We combine several complementary and vibrational spectroscopies.')).toEqual([]);
	});
});
