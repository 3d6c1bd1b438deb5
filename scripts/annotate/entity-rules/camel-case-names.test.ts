import { describe, expect, it } from 'vitest';
import { camelCaseNames } from './camel-case-names.ts';

const found = (abstract: string) =>
	camelCaseNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('camelCaseNames', () => {
	it('takes CamelCase coined names', () => {
		expect(found('We compare TimeMaster and DeepSeekMath with SubPO.')).toEqual(['TimeMaster', 'DeepSeekMath', 'SubPO']);
	});

	it('takes a name coined with a one-letter lower-case prefix, but no molecule written so', () => {
		expect(found('The correction uses a resonantly driven iToffoli gate, and eQuilibrator estimates energies.')).toEqual(['iToffoli', 'eQuilibrator']);
		expect(found('Levels of mRNA and tRNA were measured, and the pH was fixed.')).toEqual([]);
	});

	it('leaves a Gaelic surname', () => {
		expect(found('Samples were taken at Fort McCoy by MacArthur.')).toEqual([]);
	});
});
