import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { eponymPossessives } from './eponym-possessives.ts';

const found = (abstract: string) =>
	eponymPossessives
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}${f.forms.length ? ` (${f.forms.join(', ')})` : ''}`);

// Inputs from optimisation, finance, crystallography and quantum computing, written after the
// forms and not copied from a listing, and one of negatives (acronym long forms, places,
// companies, "et al.", owners that are no people).
describeStoredOutputs(new URL('./fixtures/eponym-possessives/', import.meta.url), 'eponymPossessives on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('eponymPossessives', () => {
	it('takes an agreement or reliability coefficient named for who defined it', () => {
		// psychometrics and inter-rater agreement, any field that rates
		expect(found("Inter-rater agreement was substantial (Fleiss's kappa 0.71), and Cronbach's alpha was 0.88.")).toEqual(["Fleiss's kappa:method/used", "Cronbach's alpha:method/used"]);
		expect(found("Two readers agreed with Scott's Kappa of 0.6.")).toEqual(["Scott's Kappa:method/used"]);
	});

	it('takes a coefficient named for who defined it, its letter or kind between', () => {
		// population genetics and ecology
		expect(found("Wright's F coefficient revealed genetic structuring, and Jaccard's similarity coefficient was low.")).toEqual([
			"Wright's F coefficient:method/used",
			"Jaccard's similarity coefficient:method/used",
		]);
	});

	it("leaves the model of a scholar the text has arguing, and keeps a model named for its maker", () => {
		// anthropology against finance
		expect(found("Descola argues that analogist ontologies are discontinuous. This may present a problem for Descola's model.")).toEqual([]);
		expect(found("Portfolios were built with Markowitz's model and rebalanced monthly.")).toEqual(["Markowitz's model:model/used"]);
	});

	it("takes a test whose statistic's letter is hyphened to its head", () => {
		expect(found("The two arms were compared with Student's t-test and Fisher's F-test.")).toEqual(["Student's t-test:method/used", "Fisher's F-test:method/used"]);
		expect(found("Welch's t test was used.")).toEqual(["Welch's t test:method/used"]);
	});

	it('takes a statistical depth named for who defined it, its kind of depth between', () => {
		// robust statistics and parameter estimation rank points by such depths
		expect(found("Outlying runs were ranked by Liu's simplicial depth and Oja's depth.")).toEqual(["Liu's simplicial depth:method/used", "Oja's depth:method/used"]);
	});

	it('reads nothing in an abstract with neither a possessive nor "of" before a capital', () => {
		expect(found('We propose a sampler and compare it with the model of record.')).toEqual([]);
	});
});

describe('eponymPossessives in the rule list', () => {
	it('names the simulator, not its authors, when a coined name stands between', () => {
		const abstract = 'Stim uses a stabilizer tableau, similar to Aaronson and Gottesman’s CHP simulator, with three improvements.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => [e.name, e.type, e.role])).toContainEqual(['CHP simulator', 'method', 'used']);
		expect(extractEntities('', abstract, loadLexicons()).map((e) => e.name)).not.toContain('Gottesman’s CHP');
	});
});
