import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}/${e.role}`);

describe('knownAcronymTitles', () => {
	it('keeps the title-case name a known acronym opens, in place of the acronym alone', () => {
		// management: the variant of least squares the study ran
		expect(entities('We test six hypotheses. The method of this study is the OLS Hierarchy Regression. Results show clear effects.')).toEqual(['OLS Hierarchy Regression/used']);
	});

	it('leaves an acronym no lexicon lists, and a name the lexicon lists as written', () => {
		expect(entities('The method of this study is the XYZ Hierarchy Regression.')).toEqual([]);
		expect(entities('We fit an OLS regression of wages on schooling.')).toEqual(['ordinary least squares/used']);
	});
});
