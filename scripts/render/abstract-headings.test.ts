import { describe, expect, it } from 'vitest';
import { structuredHeadings } from './abstract-headings.ts';

const headingsOf = (abstract: string) => structuredHeadings(abstract).map(({ start, end }) => abstract.slice(start, end));

describe('structuredHeadings', () => {
	it('finds the headings of a structured abstract, those of several words and commas whole', () => {
		expect(headingsOf('IMPORTANCE: Few states did. OBJECTIVE: To investigate X. DESIGN, SETTING, AND PARTICIPANTS: A cohort study. MAIN OUTCOMES AND MEASURES: Rates. CONCLUSIONS AND RELEVANCE: X rose.')).toEqual([
			'IMPORTANCE:', 'OBJECTIVE:', 'DESIGN, SETTING, AND PARTICIPANTS:', 'MAIN OUTCOMES AND MEASURES:', 'CONCLUSIONS AND RELEVANCE:',
		]);
		expect(headingsOf('Background: Soils store carbon.\nMethods: We grazed plots. Results: Plots lost 12%.')).toEqual(['Background:', 'Methods:', 'Results:']);
		// Expert Opinion's headings, which no list of the usual ones holds.
		expect(headingsOf('INTRODUCTION: AD is common. AREAS COVERED: This article reviews drugs. EXPERT OPINION: They failed.')).toEqual(['INTRODUCTION:', 'AREAS COVERED:', 'EXPERT OPINION:']);
	});

	it('finds none in a plain abstract: one heading alone, or a sentence that ends in a colon', () => {
		expect(headingsOf('Results: grazing lowers carbon. We grazed twelve plots.')).toEqual([]);
		expect(headingsOf('Our method has three components: a, b and c. Our results reveal two insights: d and e.')).toEqual([]);
	});

	it('reads a heading only at the start of the text, a line or a sentence', () => {
		expect(headingsOf('Background: X. We report the Results: of nothing. Conclusions: Y.')).toEqual(['Background:', 'Conclusions:']);
	});
});
