import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { loadLexicons } from '../fixtures/seed.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { ENTITY_RULES } from '../entity-rules.ts';
import { isMixedCase, mixedCaseAcronyms } from './mixed-case-acronyms.ts';

const found = (abstract: string) =>
	mixedCaseAcronyms
		.find(entityContext(abstract))
		.map((f) => `${f.name} = ${f.forms.join(' / ')}:${f.type}/${f.role}`);

// Inputs from ecology, hydrology, seismology and land cover, written after the forms the held-out
// abstracts use (a proper word inside the long form, or right before it), and one of negatives
// (adjectives of a school, sentence case, an acronym inside, a field's kind, title case, a sentence start).
describeStoredOutputs(new URL('./fixtures/mixed-case-acronyms/', import.meta.url), 'mixedCaseAcronyms on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('isMixedCase', () => {
	it('takes a proper word after the first among lower-case words', () => {
		for (const long of ['FAIR bioHeaders Reference genome', 'the Harvard centroid moment tensor', 'gradient-weighted Markov Random Field']) expect(isMixedCase(long), long).toBe(true);
	});

	it('leaves sentence case, adjectives of a school and kinds', () => {
		for (const long of ['Perceived usefulness', 'the Bayesian optimization', 'Continual few-shot Learning', 'functional MRI', 'random effects model']) expect(isMixedCase(long), long).toBe(false);
	});
});

describe('mixedCaseAcronyms in the rule list', () => {
	const abstract = 'Moment magnitudes agree with those of the Lamont centroid moment tensor (CMT) solutions, and CMT depths are shallower.';

	it('names the acronym with its long form and the proper word before it', () => {
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.map((s) => s.text)])).toEqual([['CMT', 'method', 'used', ['Lamont centroid moment tensor', 'CMT', 'CMT']]]);
	});

	it('is what finds it: without its line no rule does', () => {
		const others = ENTITY_RULES.filter((rule) => rule !== mixedCaseAcronyms);
		expect(extractEntities('', abstract, loadLexicons(), undefined, undefined, others)).toEqual([]);
	});
});
