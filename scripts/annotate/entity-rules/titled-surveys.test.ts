import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { titledSurveys } from './titled-surveys.ts';

const found = (abstract: string) =>
	titledSurveys
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => [f.name, f.type]);

describe('titledSurveys', () => {
	// Economics, demography and public health cite their surveys so.
	it('takes title-case surveys and studies ending in their head, or with "of" after it, as datasets', () => {
		expect(found('This paper uses panel data in the Health and Retirement Study to quantify change.')).toEqual([['Health and Retirement Study', 'dataset']]);
		expect(found('We link the Current Population Survey to the Panel Study of Income Dynamics and the Survey of Consumer Finances.')).toEqual([
			['Current Population Survey', 'dataset'],
			['Panel Study of Income Dynamics', 'dataset'],
			['Survey of Consumer Finances', 'dataset'],
		]);
		expect(found('This paper combines income tax returns with Flow of Funds data.')).toEqual([['Flow of Funds', 'dataset']]);
	});

	it('opens the name with the year of the wave written after "the"', () => {
		expect(found('We use data from the 2016 Chinese Private Enterprises Survey to explain firm growth.')).toEqual([['2016 Chinese Private Enterprises Survey', 'dataset']]);
		expect(found('Since 2016 the Chinese Private Enterprises Survey asks about succession.')).toEqual([['Chinese Private Enterprises Survey', 'dataset']]);
	});

	it("leaves a numbered part of the paper's own work", () => {
		expect(found('Two experiments were run. Findings of Study 2 showed that primed readers sat closer.')).toEqual([]);
		expect(found('Outcomes of Experiment Survey 1 were weaker.')).toEqual([]);
	});

	it('takes a scale as a method, with the possessive of the person who made it', () => {
		expect(found("Life evaluation (measured by Cantril's Self-Anchoring Scale) differs.")).toEqual([["Cantril's Self-Anchoring Scale", 'method']]);
	});

	it("names an organisation's survey with the whole organisation", () => {
		expect(found("Only one-fifth of respondents to a rider on the University of Michigan Survey Research Center's Monthly Survey said so.")).toEqual([
			["University of Michigan Survey Research Center's Monthly Survey", 'dataset'],
		]);
	});

	it('leaves kinds of study, organisations, panels of a longer name and a two-word sentence opener', () => {
		expect(found('We ran a Case Study and a User Study. Bureau of Labor Statistics data were used.')).toEqual([]);
		expect(found('Scenarios of the Intergovernmental Panel on Climate Change were run.')).toEqual([]);
		expect(found('Pilot Study results are shown. Field Survey work followed.')).toEqual([]);
	});

	it('is one of the entity rules', () => {
		expect(extractEntities('', 'Risk tolerance is measured in the Health and Retirement Study.', emptyLexicons()).map((e) => e.name)).toContain('Health and Retirement Study');
	});

	it('takes a study the title names after its colon as the paper\'s own', () => {
		// a design paper of a cohort study, titled as medicine titles them
		const abstract = 'Coastal diets are changing. The Harbour Heart Study is a prospective cohort that has enrolled 12,000 adults. The Harbour Heart Study will report in 2030.';
		const roles = (title: string) => titledSurveys.find({ title, abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false }).map((f) => `${f.name}:${f.role}`);
		const once = (title: string) => [...new Set(roles(title))];
		expect(once('Rationale and design of a cohort study of coastal adults: The Harbour Heart Study')).toEqual(['Harbour Heart Study:introduced']);
		expect(once('Salt intake and blood pressure in coastal adults')).toEqual(['Harbour Heart Study:used']);
	});
});

describe('titledSurveys after a setting', () => {
	it('leaves a compound adjective of setting out of the name', () => {
		const text = 'DESIGN: Cross-sectional. SETTING: Community-based Harwood Ageing Study cohort. PARTICIPANTS: 900 adults.';
		expect(found(text)).toEqual([['Harwood Ageing Study', 'dataset']]);
	});
});
