import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyAfterQuantity, unitAbbreviations } from './unit-abbreviations.ts';

// unseen-round32 fracture of adhesive joints: joints tested "in both the liquid water and in 55% RH environments", read as a dataset.
const ABSTRACT =
	'Bonded joints were fatigued in liquid water and in 45% RH environments to find the threshold energy. Joints tested at 45% RH failed in the adhesive, those in water at the interface.';

describe('onlyAfterQuantity', () => {
	it('knows a symbol written only after a number and a percent sign or a space', () => {
		expect(onlyAfterQuantity('RH', ABSTRACT)).toBe(true);
		expect(onlyAfterQuantity('kV', 'imaged at 5 kV')).toBe(true);
	});

	it('keeps a name also written without a quantity, or after a year', () => {
		expect(onlyAfterQuantity('RH', 'in 45% RH, while RH rose')).toBe(false);
		expect(onlyAfterQuantity('ACL', 'presented at the 2020 ACL meeting')).toBe(false);
	});

	it('reads a number before capitals and a plural of data as a count of that data, not a quantity', () => {
		expect(onlyAfterQuantity('XTB', 'our model ranks first on 11 XTB benchmarks')).toBe(false);
		expect(extractEntities('Embeddings', 'Our model ranks first on 11 XTB benchmarks.', emptyLexicons()).map((e) => `${e.name}:${e.type}`)).toContain('XTB:dataset');
	});
});

describe('unit abbreviations in extractEntities', () => {
	it('drops a condition symbol read as a name', () => {
		expect(extractEntities('Durability of joints', ABSTRACT, emptyLexicons()).map((e) => e.name)).not.toContain('RH');
	});

	it('leaves a symbol the abstract spells out to the acronym rules', () => {
		const context = { abstract: 'in 45% RH', acronyms: [{ short: 'RH', long: 'relative humidity' }], isKnown: () => false };
		expect(unitAbbreviations.rejects({ name: 'RH', forms: new Set(['RH']) }, context as never)).toBe(false);
	});
});
