import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name} ${e.type}/${e.role}`);
const SURVEILLANCE =
	'Data on resistance among gram-negative bacteria are scarce. A hospital-based surveillance study was conducted in 12 hospitals. ' +
	'A total of 310 isolates were included, and 58.1% were resistant to cephalosporins.';

describe('titledStudyNames', () => {
	it('reads a study the title names alone after or before its colon', () => {
		expect(entities('Resistance in Bloodstream Infections and Associated Outcomes: KESTRELNET Study', SURVEILLANCE)).toEqual(['KESTRELNET Study dataset/introduced']);
		expect(entities('The ANDESRES Trial: Resistance in Bloodstream Infections', SURVEILLANCE)).toEqual(['ANDESRES Trial dataset/introduced']);
	});

	it('leaves capitals the abstract writes, short codes, and a study the title names among other words', () => {
		const groups = 'We followed a cohort of adults with COPDX and controls; 31.2% of COPDX patients relapsed.';
		expect(entities('Relapse in Adults with Airway Disease: COPDX Cohort', groups)).toEqual([]);
		expect(entities('Outcomes in Bloodstream Infections: HIV Study', SURVEILLANCE)).toEqual([]);
		expect(entities('Outcomes in Bloodstream Infections: a KESTRELNET Study of Peru', SURVEILLANCE)).toEqual([]);
	});
});
