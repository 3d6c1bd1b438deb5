import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityContext } from '../testing/entity-context.ts';
import { namedCohorts } from './named-cohorts.ts';

// Invented: an epidemiology abstract citing the cohorts and the programme its people come from.
const ABSTRACT =
	'Of 900 adults enrolled in the Balance and Memory in Later Life study, 61 had falls. We added outcomes of the Fenwick Birth Cohort 1958 and of adults who participated in the National Hearing Check Programme for Older Ages in Norway. A Monte Carlo study and the Delphi study of experts were run.';

const found = (text: string) => namedCohorts.find(entityContext(text)).map((n) => `${n.name}:${n.type}/${n.role}`);

describe('namedCohorts', () => {
	it('names a lower-case study after a verb of taking part, a capitalised cohort and its year, and a programme', () => {
		expect(found(ABSTRACT)).toEqual([
			'Fenwick Birth Cohort 1958:dataset/used',
			'Balance and Memory in Later Life study:dataset/used',
			'National Hearing Check Programme for Older Ages:dataset/used',
		]);
	});

	it('names a cohort with acronyms among its words and a study joined to it by "and"', () => {
		expect(found('Biopsies came from 80 children of the NZ JIA Cohort and Imaging Study, read twice.')).toEqual(['NZ JIA Cohort and Imaging Study:dataset/used']);
	});

	it('leaves a study no one takes part in', () => {
		expect(found('A Monte Carlo study and the Delphi study of experts were run.')).toEqual([]);
	});
});

describe('named cohorts in extractEntities', () => {
	it('types a name the text writes before "cohort" a dataset, and a long form headed "Study"', () => {
		const text = 'Participants of the Harwood Ageing Study (HAS) and of the GreyMatter cohort were followed. In GreyMatter, gait predicted falls; HAS confirmed it.';
		const entities = extractEntities('Gait and falls', text, emptyLexicons()).map((e) => `${e.name}:${e.type}`);
		expect(entities).toContain('GreyMatter:dataset');
		expect(entities.filter((e) => e.startsWith('HAS') || e.startsWith('Harwood'))).toEqual([expect.stringMatching(/:dataset$/)]);
	});
});
