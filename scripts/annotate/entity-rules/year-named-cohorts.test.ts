import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);

// unseen-round33 telomeres (Web of Science RIS): "…: Evidence from the 1946 British birth cohort" in the title,
// "2305 British birth cohort participants" in the abstract.
describe('yearNamedCohorts', () => {
	it('takes a cohort named by its year and place as a used dataset, from the title alone if need be', () => {
		expect(names('Growth in midlife: evidence from the 1958 Welsh birth cohort', 'We included 812 Welsh birth cohort participants.')).toContain('1958 Welsh birth cohort/dataset/used');
		expect(names('', 'Data came from the 1982 Pelotas Birth Cohort and the 1970 British Cohort Study.')).toEqual(['1982 Pelotas Birth Cohort/dataset/used', '1970 British Cohort Study/dataset/used']);
	});

	it('leaves a year\'s intake, a cohort with no place, and a count of a cohort\'s people', () => {
		expect(names('', 'The 2015 cohort of students and a birth cohort of 2,305 men were followed.')).toEqual([]);
		expect(names('', 'We included 2005 British birth cohort participants.')).toEqual([]);
	});
});
