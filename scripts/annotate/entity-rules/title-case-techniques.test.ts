import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { titleCaseTechniques } from './title-case-techniques.ts';

const names = (abstract: string) =>
	titleCaseTechniques
		.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('titleCaseTechniques', () => {
	// unseen-agri-extension.bib (10.38124/ijisrt/ijisrt24may1177)
	it('takes a theory, model or instrument named in title case mid-sentence', () => {
		expect(names('Farmers use social media. The study is guided by the Media Richness Theory, which asserts that rich channels work.')).toEqual([
			'Media Richness Theory:method',
		]);
		expect(names('Attitudes were read with the Theory of Planned Behavior and the Patient Health Questionnaire.')).toEqual([
			'Theory of Planned Behavior:method',
			'Patient Health Questionnaire:method',
		]);
	});

	it("keeps an instrument's author and edition year, and a setting written after its every mention", () => {
		expect(names('Mothers completed the modified Willett 2008 Dietary Intake Questionnaire at enrolment.')).toEqual(['Willett 2008 Dietary Intake Questionnaire:method']);
		expect(names('Pain was rated with the Behavioral Pain Scale for the ICU daily; a positive Behavioral Pain Scale for the ICU score led to review.')).toEqual([
			'Behavioral Pain Scale for the ICU:method',
			'Behavioral Pain Scale for the ICU:method',
		]);
		expect(names('Pain was rated with the Behavioral Pain Scale for the ICU daily; the Behavioral Pain Scale was also used later.')).toEqual([
			'Behavioral Pain Scale:method',
			'Behavioral Pain Scale:method',
		]);
		expect(names('Women enrolled in March 2019 completed the Patient Health Questionnaire.')).toEqual(['Patient Health Questionnaire:method']);
		expect(names('Enrolment in March 2019 Patient Health Questionnaire rounds ran.')).toEqual(['Patient Health Questionnaire:method']);
	});

	it('skips a sentence start, a single capitalised word and a longer title-case run', () => {
		expect(names('Acceptance Model studies abound. We used the Lanczos Algorithm.')).toEqual([]);
		expect(names('It was published as A Simple Test Model Of Things.')).toEqual([]);
	});
	// unseen-language-acquisition.bib (10.1111/j.1467-1770.1993.tb00174.x, 10.31234/osf.io/x7s4u)
	it('keeps a surname with an inner capital and a plural instrument in the name', () => {
		expect(names('A parent report form, the MacArthur Communicative Development Inventory (1989), was used.')).toEqual([
			'MacArthur Communicative Development Inventory:method',
		]);
		expect(names('Data came via parent report using the MacArthur-Bates Communicative Development Inventories, and more.')).toEqual([
			'MacArthur-Bates Communicative Development Inventories:method',
		]);
	});

	it('takes no coined inner-capital word as a word of a title-case name', () => {
		expect(names('We compare it with the TimeMaster Reward Scale here.')).toEqual([]);
	});
	it('keeps an instrument\'s revision or edition, joined by a hyphen, in its name', () => {
		expect(names('Mood was rated with the Geriatric Anxiety Rating Scale-Revised and the Harbour Fatigue Inventory-II at baseline.')).toEqual([
			'Geriatric Anxiety Rating Scale-Revised:method',
			'Harbour Fatigue Inventory-II:method',
		]);
		expect(names('Sleep was scored by the Coastal Sleep Quality Questionnaire-Short Form in all wards.')).toEqual(['Coastal Sleep Quality Questionnaire-Short Form:method']);
	});
});
