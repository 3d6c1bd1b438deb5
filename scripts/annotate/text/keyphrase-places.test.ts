import { describe, expect, it } from 'vitest';
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { namesPlaceOrOrganisation, withoutPlaces } from './keyphrase-places.ts';

const TEXT =
	'The Department of Agricultural Extension (DAE) trains fish farmers in Bangladesh aquaculture and in Sub-Saharan Africa. ' +
	'Farmers in Kenya and in Central Java adopt Bangladesh practices.';
const ACRONYMS: Acronym[] = [{ short: 'DAE', long: 'Department of Agricultural Extension', span: { text: 'DAE', start: 42, end: 45 } }];

describe('namesPlaceOrOrganisation', () => {
	it('drops countries, regions and an organisation, its acronym and its words', () => {
		for (const phrase of ['Kenya', 'Sub-Saharan Africa', 'Java', 'DAE', 'Agricultural Extension', 'Department']) {
			expect(namesPlaceOrOrganisation(phrase, TEXT, ACRONYMS), phrase).toBe(true);
		}
	});

	it('keeps topical phrases, including one that only holds a place', () => {
		for (const phrase of ['fish farmers', 'Bangladesh aquaculture', 'Farmers']) {
			expect(namesPlaceOrOrganisation(phrase, TEXT, ACRONYMS), phrase).toBe(false);
		}
	});
});

describe('withoutPlaces', () => {
	it('filters spans by their text and keeps their order', () => {
		const spans = ['fish farmers', 'Kenya', 'Bangladesh aquaculture'].map((text) => ({ text, start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length }));
		expect(withoutPlaces(spans, TEXT, ACRONYMS).map((s) => s.text)).toEqual(['fish farmers', 'Bangladesh aquaculture']);
	});
});
