import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityContext } from '../testing/entity-context.ts';
import { acronymStudies } from './acronym-studies.ts';

const found = (text: string, title = '') =>
	acronymStudies.find(entityContext(text, {}, title)).map((n) => `${n.name}:${n.type}/${n.role} [${n.forms.join(', ')}]${n.titleOnly ? ' title' : ''}`);

describe('acronymStudies', () => {
	it('names a multicentre study, a registry and a trial by their capitals, an organisation joined by a space or a hyphen', () => {
		// Invented: clinical abstracts pooling the patients of named studies.
		const text =
			'Post hoc analysis of EHA STROKE-NET study, a multicenter study of 900 adults. Data came from the French and NORDICLIV registries and from the ESC-HEART trial.';
		expect(found(text)).toEqual([
			'EHA STROKE-NET:dataset/used [EHA STROKE-NET study]',
			'NORDICLIV:dataset/used [NORDICLIV registries]',
			'ESC-HEART:dataset/used [ESC-HEART trial]',
		]);
	});

	it("reads the title's study when the abstract names none", () => {
		expect(found('International prospective study of 400 patients.', 'Bleeding in cirrhosis - results from the EHA-BLEED study')).toEqual([
			'EHA-BLEED:dataset/used [EHA-BLEED study] title',
		]);
		expect(found('Post hoc analysis of EHA BLEED study.', 'Bleeding in cirrhosis: the EHA BLEEDS study')).toEqual(['EHA BLEED:dataset/used [EHA BLEED study]']);
	});

	it('leaves plural studies, a condition the abstract defines and a compound of defined acronyms', () => {
		const text =
			'Prior EEG studies disagree. We followed an ALD cohort of alcohol-related liver disease (ALD) and a cohort of hepatorenal syndrome (HRS)-acute kidney injury (AKI), the HRS-AKI cohort.';
		expect(found(text)).toEqual([]);
	});
});

describe('acronym studies in extractEntities', () => {
	it('types the study a dataset the paper uses', () => {
		const entities = extractEntities('', 'Patients came from the NORDICLIV registries; NORDICLIV holds 500 cases.', emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);
		expect(entities).toEqual(['NORDICLIV:dataset/used']);
	});
});
