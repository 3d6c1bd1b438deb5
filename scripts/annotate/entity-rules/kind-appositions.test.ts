import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { loadLexicons } from '../fixtures/seed.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { ENTITY_RULES } from '../entity-rules.ts';
import { kindAppositions } from './kind-appositions.ts';

// Stands for a name the lexicons know, which the lexicon rule names.
const KNOWN = new Set(['random forest']);
const found = (abstract: string) =>
	kindAppositions
		.find(entityContext(abstract, { known: KNOWN }))
		.map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs from hydrology, statistics, seismology and ecology, written after the forms the held-out
// abstracts use (commas, dashes, "called", "namely"), and one of negatives.
describeStoredOutputs(new URL('./fixtures/kind-appositions/', import.meta.url), 'kindAppositions on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('kindAppositions', () => {
	it('leaves the list of a relative clause about the kind', () => {
		expect(found('We build a composite index which combines the density of clinics, the distance to markets, and the road network into one score.')).toEqual([]);
		expect(found('We use a scale that weighs the frequency of visits, the length of stay, and cost.')).toEqual([]);
	});
});

describe('kindAppositions in the rule list', () => {
	const abstract = 'We propose a new metric, the adjusted turnover rate, that corrects for sampling effort. The adjusted turnover rate is stable across plot sizes.';

	it('names a lower-case technique given in apposition, with every mention', () => {
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.length])).toEqual([['adjusted turnover rate', 'method', 'introduced', 2]]);
	});

	it('is what finds it: without its line no rule does', () => {
		const others = ENTITY_RULES.filter((rule) => rule !== kindAppositions);
		expect(extractEntities('', abstract, loadLexicons(), undefined, undefined, others)).toEqual([]);
	});
});
