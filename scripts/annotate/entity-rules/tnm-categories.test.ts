import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isTnmCategory } from './tnm-categories.ts';

describe('isTnmCategory', () => {
	it('reads a staging prefix, a component and a grade as a TNM category', () => {
		expect(['pN', 'pT2a', 'ypN0', 'cM1', 'pTis', 'pNx', 'pN1mi'].filter(isTnmCategory)).toEqual(['pN', 'pT2a', 'ypN0', 'cM1', 'pTis', 'pNx', 'pN1mi']);
	});

	it('keeps words and coined names that only start so', () => {
		expect(['pNet', 'cMLP', 'pTM', 'N', 'rTMS'].filter(isTnmCategory)).toEqual([]);
	});
});

describe('TNM categories in extractEntities', () => {
	it('names no staging category a pathology abstract restages', () => {
		const abstract = 'We restaged 80 gastric cancers after counting nodal deposits. The new pN status of 12 patients was higher, and the new pN stage predicted relapse.';
		expect(extractEntities('Nodal deposits in gastric cancer', abstract, emptyLexicons()).map((e) => e.name)).not.toContain('pN');
	});
});
