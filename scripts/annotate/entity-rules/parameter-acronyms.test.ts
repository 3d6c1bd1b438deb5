import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { parameterAcronyms } from './parameter-acronyms.ts';

const found = (abstract: string) => parameterAcronyms.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}=${f.forms.join('|')}`);

describe('parameterAcronyms', () => {
	it('takes an acronym with its order in a nested bracket, after its title-case long form', () => {
		expect(found('We model monthly strike counts with a Negative Binomial Autoregressive (NBAR(p)) estimator, which captures dependence.')).toEqual([
			'NBAR(p):method/used=Negative Binomial Autoregressive',
		]);
		expect(found('Volatility follows a Generalized Conditional Heteroskedasticity (GCH(1,1)) process.')).toEqual(['GCH(1,1):method/used=Generalized Conditional Heteroskedasticity']);
	});

	it('leaves a long form in lower case, and letters that do not spell it', () => {
		expect(found('We fit an autoregressive (AR(1)) model to the series.')).toEqual([]);
		expect(found('We fit a Seasonal Count Model (XYZ(p)) to the series.')).toEqual([]);
	});

	it('is found by extractEntities, with the acronym as its name', () => {
		const abstract = 'We model weekly admissions with a Binomial Autoregressive (BAR(p)) estimator on each ward. Results show seasonal peaks.';
		expect(extractEntities('', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toEqual(['BAR(p):method/used']);
	});
});
