import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { splitSentences } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { extractEntities } from '../text/entities.ts';
import { evaluatedInterventions } from './evaluated-interventions.ts';

const found = (abstract: string) =>
	evaluatedInterventions
		.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}=${f.forms.join('|')}:${f.type}/${f.role}`);

// Inputs written after the forms of structured clinical abstracts, not copied from a listing: the
// intervention of an aim sentence ("To evaluate the clinical efficacy of …", "The aim of this study was
// to compare the outcomes of …"), and negatives (an exposure's effects, a title-case long form, a
// sentence that states no aim, a condition named after "in patients with").
describeStoredOutputs(new URL('./fixtures/evaluated-interventions/', import.meta.url), 'evaluatedInterventions on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('evaluatedInterventions in the rule list', () => {
	it('names the evaluated procedure with its acronym, as a method used', () => {
		const abstract = 'OBJECTIVE: To investigate the clinical efficacy of cortical screw trajectory (CST) fixation in older patients. METHODS: Forty patients received CST fixation.';
		const entities = extractEntities('', abstract, loadLexicons());
		const procedure = entities.find((e) => e.name === 'cortical screw trajectory');
		expect(procedure).toMatchObject({ type: 'method', role: 'used' });
	});
});
