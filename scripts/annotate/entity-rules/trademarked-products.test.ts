import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { trademarkedProducts } from './trademarked-products.ts';

const entities = (abstract: string) => extractEntities('A cohort study', abstract, emptyLexicons()).map((e) => `${e.name} ${e.type}/${e.role}`);

describe('trademarkedProducts', () => {
	it('reads a word marked with a registered or trademark sign as a method used', () => {
		const abstract =
			'Sera of 140 nurses were tested with the Sérolis® anti-parasite IgG assay at 30 and 90 days. ' +
			'Titers measured with the Sérolis® assay fell by 40% over time.';
		expect(entities(abstract)).toContain('Sérolis method/used');
		expect(entities('Swabs were run on the Respitrak™ panel; 61% were positive.')).toContain('Respitrak method/used');
	});

	it('leaves abstracts without a mark, and a lower-case word marked', () => {
		expect(entities('Swabs were run on a multiplex panel; 61% were positive.')).toEqual([]);
		const context = { abstract: 'Swabs were run on the panel™ of the lab.', isGeneric: () => false, inUrl: () => false };
		expect(trademarkedProducts.find(context as never)).toEqual([]);
	});
});
