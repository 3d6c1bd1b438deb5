import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { recordSources } from './record-sources.ts';

const found = (abstract: string) =>
	recordSources
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}${f.forms.length ? ` (${f.forms.join(', ')})` : ''}`);

// Inputs from remote sensing, astronomy and social media research, written after the forms and
// not copied from a listing, and one of negatives (sentence starts, languages, labels of a study's
// parts, adjectives, pathogens, acronyms and names of several words left to other rules).
describeStoredOutputs(new URL('./fixtures/record-sources/', import.meta.url), 'recordSources on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('recordSources in the rule list', () => {
	// After a Web of Science tab-delimited export on cereal-legume intercropping (read as a stranger's listing, not an eval listing).
	it('takes no determiner opening a sentence whose full stop the export lost', () => {
		expect(found('Mantodea had two species This data base will be helpful in future pest management.')).toEqual([]);
		expect(found('with Landsat data and Such data are rare')).toEqual(['Landsat:dataset/used']);
	});

	it('names a mission whose imagery a paper uses as a dataset, with its mentions', () => {
		const abstract = 'Patchiness was mapped with finer resolution Landsat imagery, and Landsat and field plots agree.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => [e.name, e.type, e.role, e.spans.length])).toEqual([['Landsat', 'dataset', 'used', 2]]);
	});
});
