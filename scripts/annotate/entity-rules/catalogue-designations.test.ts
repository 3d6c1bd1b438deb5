import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isCatalogueDesignation } from './catalogue-designations.ts';

const names = (abstract: string) => extractEntities('T', abstract, emptyLexicons()).map((e) => e.name);

describe('isCatalogueDesignation', () => {
	it('reads letters always followed by a number as a designation', () => {
		expect(isCatalogueDesignation('AzV', 'an eclipsing binary, namely AzV 75. AzV 75 has a period of 165 d.')).toBe(true);
		expect(isCatalogueDesignation('DoAr', 'four disks (V1094 Sco, CY Tau, DoAr 33)')).toBe(true);
	});

	it('leaves letters written alone somewhere, and words of one capital', () => {
		expect(isCatalogueDesignation('AzV', 'AzV 75 and the AzV catalogue')).toBe(false);
		expect(isCatalogueDesignation('Table', 'see Table 2')).toBe(false);
	});
});

describe('catalogue designations in extractEntities', () => {
	it('shows no catalogue letters cut from the designations of observed objects', () => {
		const abstract =
			'We measure the wind of an early-type eclipsing binary in the SMC, namely AzV 75. AzV 75 has an orbital period of 165 d. ' +
			'Silica is found in four disks published so far (V1094 Sco, DL Tau, CY Tau, DoAr 33).';
		expect(names(abstract)).not.toContain('AzV');
		expect(names(abstract)).not.toContain('DoAr');
	});
});
