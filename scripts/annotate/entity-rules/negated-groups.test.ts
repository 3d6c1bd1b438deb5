import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { negatedGroups } from './negated-groups.ts';

const names = (abstract: string) => extractEntities('A cohort study', abstract, emptyLexicons()).map((e) => e.name);

const groups = (text: string, acronyms: { short: string; long: string }[]) => [...negatedGroups(text, acronyms)].sort();

describe('negatedGroups', () => {
	it('reads a group and its negation', () => {
		expect(groups('vaccinated (V) and unvaccinated (UV) children', [{ short: 'UV', long: 'unvaccinated' }])).toEqual(['UV', 'V']);
		expect(groups('smokers (S) and non-smokers (NS)', [{ short: 'NS', long: 'non-smokers' }])).toEqual(['NS', 'S']);
	});

	it('reads the group after the same words where the acronym finder read a shorter long form', () => {
		const text = 'nurses previously exposed to the parasite (PE) and not previously exposed (NPE)';
		expect(groups(text, [{ short: 'PE', long: 'parasite' }, { short: 'NPE', long: 'not previously exposed' }])).toEqual(['NPE', 'PE']);
	});

	it('leaves names that are no negation of each other', () => {
		expect(groups('named entity recognition (NER) and named entity linking (NEL)', [{ short: 'NER', long: 'named entity recognition' }])).toEqual([]);
		// "un" negates a participle only: "unit tests" opens no negation
		expect(groups('tests (T) and unit tests (UT)', [{ short: 'UT', long: 'unit tests' }])).toEqual([]);
	});
});

describe('negated groups in extractEntities', () => {
	it('drops the arms a cohort comparison abbreviates, however a rule found them', () => {
		const abstract =
			'This cohort followed 180 nurses, comparing the response between nurses previously exposed to the parasite (PE) and not previously exposed (NPE), ' +
			'employing the QuantiDot assay at 30 and 90 days. The seroconversion was 100% in PE and 88.2% in NPE. ' +
			'Comparing nurses PE with NPE, PE had a 3.1-fold higher titer with QuantiDot at 30 days, compared to NPE.';
		expect(names(abstract)).toEqual(['QuantiDot']);
	});
});
