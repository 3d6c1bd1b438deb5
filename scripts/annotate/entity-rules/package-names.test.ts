import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from '../text/entities.ts';
import { packageNames } from './package-names.ts';

const contextOf = (title: string, abstract: string) => ({
	title,
	abstract,
	sentences: splitSentences(abstract),
	acronyms: [],
	lexicons: undefined as never,
	isGeneric: () => false,
	isKnown: () => false,
	inUrl: () => false,
	inAcronym: () => false,
});
const packages = (title: string, abstract: string) => packageNames.find(contextOf(title, abstract)).map((f) => `${f.name}:${f.role}`);

// After may_mobsim and mcglinn_measurement_2019 in scripts/eval/listings/unseen-ecology.bib.
const MOBSIM_TITLE = 'mobsim: An R package for the simulation and measurement of biodiversity across spatial scales';
const MOBSIM =
	'Here, we present the r package mobsim that allows users to simulate the abundances of individuals. Second, we demonstrate how mobsim can be applied to assess species-richness estimators.';
const MOBR =
	'We tested the validity of our method on simulated data. We integrated these methods into a new r package (mobr). The metrics that mobr provides will allow ecologists to move beyond comparisons of species richness.';

describe('packageNames', () => {
	it('takes a lower-case package the authors present or call new, as introduced', () => {
		expect(packages(MOBSIM_TITLE, MOBSIM)).toEqual(['mobsim:introduced']);
		expect(packages('Measurement of Biodiversity', MOBR)).toEqual(['mobr:introduced']);
	});

	it('takes a package named before the noun, as used', () => {
		expect(packages('Ordination of plant communities', 'Ordinations were run with the vegan package. Scores from vegan were compared across sites.')).toEqual(['vegan:used']);
	});

	it('leaves function words, kinds of package and plain words written once', () => {
		expect(packages('A tool', 'We release a package that simulates communities. The package that we release is fast.')).toEqual([]);
		expect(packages('A tool', 'We used the statistical package and the R package to fit models.')).toEqual([]);
		expect(packages('A tool', 'Models were fitted with package lme4 in R.')).toEqual(['lme4:used']);
	});

	it('leaves the head of a compound the text also writes after another noun', () => {
		const search = 'Agents struggle with tool retrieval. We train an encoder for Python package retrieval and test it on package retrieval tasks.';
		expect(packages('Finding packages', search)).toEqual([]);
	});
});

describe('package names in extractEntities', () => {
	it('adds the package to the entities as a method', () => {
		expect(extractEntities(MOBSIM_TITLE, MOBSIM, emptyLexicons()).map((e) => `${e.name}:${e.type}:${e.role}`)).toContain('mobsim:method:introduced');
	});
});
