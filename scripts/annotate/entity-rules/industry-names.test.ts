import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { industryNames, onlyBeforeIndustry } from './industry-names.ts';

// unseen-round31 ESG in supply chains: "environmental pollution in the Textile and Apparel (TA) industry".
const ABSTRACT =
	'Heightened attention is given to environmental pollution in the Textile and Apparel (TA) industry. For the TA industry, we model the Textile and Apparel Supply Chain (TASC).';

describe('onlyBeforeIndustry', () => {
	it('knows a name written only before "industry" or "sector", an acronym\'s bracket between maybe', () => {
		expect(onlyBeforeIndustry('TA', ABSTRACT)).toBe(true);
		expect(onlyBeforeIndustry('Textile and Apparel', ABSTRACT)).toBe(false);
		expect(onlyBeforeIndustry('ICT', 'Firms of the ICT sector and ICT-sector peers')).toBe(true);
	});

	it('keeps a name also written on its own', () => {
		expect(onlyBeforeIndustry('TA', 'the TA industry and what TA needs')).toBe(false);
	});
});

describe('industry names in extractEntities', () => {
	it('drops an industry named by its acronym', () => {
		const abstract = 'Attention is given to pollution in the Textile and Apparel (TA) industry. For the TA industry, we model contracts.';
		expect(extractEntities('Supply chain contracts', abstract, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});
});

describe('industryNames', () => {
	it("answers each abstract by its own words, however the abstracts follow one another", () => {
		const plain = 'For the TA group, we model contracts.';
		const rejects = (abstract: string) => industryNames.rejects({ name: 'TA', forms: [] } as never, { abstract } as never);
		for (const abstract of [ABSTRACT, plain, plain, ABSTRACT, ABSTRACT, plain]) expect(rejects(abstract)).toBe(abstract === ABSTRACT);
	});
});
