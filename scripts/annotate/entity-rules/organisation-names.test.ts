import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { calledMethodology, namesOrganisation } from './organisation-names.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('namesOrganisation', () => {
	it('knows an organisation by its long form', () => {
		expect(namesOrganisation('DAE', ['Department of Agricultural Extension'], '')).toBe(true);
		expect(namesOrganisation('FAO', ['Food and Agriculture Organization of the United Nations'], '')).toBe(true);
	});

	it('knows a body of states by its head, and drops its acronym', () => {
		expect(namesOrganisation('UN', ['United Nations'], '')).toBe(true);
		expect(names('Sea level rise', 'Warming is mentioned by world bodies such as the United Nations (UN). The UN reports rises, which we map with FloodNet.')).toEqual(['FloodNet']);
	});

	it('knows a word written only inside an organisation name', () => {
		expect(namesOrganisation('WorldFish', [], 'During the past decade, the WorldFish Center and its partners bred carps.')).toBe(true);
		expect(namesOrganisation('Health', [], 'Data of the Department of Health and Human Services were used.')).toBe(true);
	});

	it('knows a publisher by its head ("Springer International Publishing")', () => {
		// Round 33's SMART on FHIR CSV: the publisher was a keyphrase and a related paper's reason.
		expect(namesOrganisation('Springer International Publishing', [], '')).toBe(true);
		expect(namesOrganisation('Oxford Academic Press', [], '')).toBe(true);
	});

	it('keeps a one-word name that is only a head noun ("Office", a domain-adaptation dataset)', () => {
		expect(namesOrganisation('Office', [], 'We adapt from Office to Caltech.')).toBe(false);
	});

	it('keeps a name the text also writes on its own', () => {
		expect(namesOrganisation('WorldFish', [], 'The WorldFish Center released WorldFish, a breeding simulator.')).toBe(false);
		expect(namesOrganisation('TAM', ['Technology Acceptance Model'], 'the Technology Acceptance Model (TAM)')).toBe(false);
	});
});

describe('organisation names in extractEntities', () => {
	// unseen-agri-extension.bib (10.5191/jiaee.2018.25210)
	it('drops an organisation acronym and keeps the model beside it', () => {
		const abstract =
			'The Department of Agricultural Extension (DAE), the largest public sector agricultural extension service provider, has enacted a new policy. Drawing on the Technology Acceptance Model (TAM), this study surveys 140 extension agents of DAE.';
		expect(names('Extension agents and social media', abstract)).toEqual(['TAM']);
	});

	// Economics: a survey an organisation runs is named with the organisation's name, after its possessive.
	it('ends an organisation name at a possessive, so what it owns is no word of it', () => {
		const text = "Respondents to a rider on the University of Michigan Survey Research Center's Monthly Survey said so.";
		expect(namesOrganisation("University of Michigan Survey Research Center's Monthly Survey", [], text)).toBe(false);
		expect(namesOrganisation('University of Michigan Survey Research Center', [], text)).toBe(true);
	});
});


describe('organisation names called a methodology', () => {
	it('keeps a place-shaped name the abstract calls a methodology or an approach, and drops it otherwise', () => {
		const abstract =
			'We ask whether the Design-Studio methodology helps councils adopt new tools. Adoption was facilitated by the Design Studio (DS) in two councils.';
		expect(calledMethodology(['Design Studio'], abstract)).toBe(true);
		expect(names('Councils', abstract.replaceAll('Studio', 'Lab').replace('the Design-Lab methodology', 'the lab'))).toEqual([]);
		expect(names('Councils', abstract.replaceAll('Studio', 'Lab'))).toContain('DS');
		expect(names('Councils', 'Adoption was facilitated by the Design Lab (DL) in two councils.')).toEqual([]);
	});
});
