import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { cueNounNames } from './cue-noun-names.ts';

const found = (abstract: string) =>
	cueNounNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Inputs from several fields (medicine, economics, climate, linguistics, software engineering,
// neuroimaging, environment), written after the held-out listings' abstracts, and one of negatives.
describeStoredOutputs(new URL('./fixtures/cue-noun-names/', import.meta.url), 'cueNounNames on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('cueNounNames beside abbreviated terms', () => {
	const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}`);

	it('reads a cue before a run that another cue follows as a modifier', () => {
		// neurology: "benchmark" modifies the databases, it names no "EEG" benchmark
		const eeg = 'Each electroencephalogram (EEG) epoch lasts 30 s. Epochs come from four benchmark EEG databases of adult sleep.';
		expect(entities(eeg).map((e) => e.split(':')[0])).not.toContain('EEG');
	});

	it('leaves a term the abstract abbreviates in lower case out of the name before the cue', () => {
		// sleep medicine: the app's algorithm is for the condition the acronym abbreviates
		const osa = 'Obstructive sleep apnoea (OSA) is common. We tested the SleepWise OSA algorithm on home recordings of 80 adults.';
		expect(entities(osa)).toContain('SleepWise:algorithm');
	});
});

describe('cueNounNames before a noun of procedure', () => {
	it('keeps the noun in a name of plain capitalised words, and reads one after "a" as a kind', () => {
		// fractal geometry and numerical flow: the methods are named in capitals, the solvers are kinds
		const text = 'Fractal dimensions are estimated with the Box Counting method and checked against the Sandbox Growth method. Flow is solved by an implicit Nested Grid solver and fluxes by a Godunov solver.';
		expect(found(text)).toEqual(['Box Counting method:method', 'Sandbox Growth method:method']);
	});
});

describe('cueNounNames before a collection the lexicons know', () => {
	const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}`);

	it('leaves a known collection written with its noun to the lexicon, one entity', () => {
		// scientometrics: the database named twice, with and without its noun
		const abstract = 'We review publications on energy efficiency retrieved from the Web of Science database. In total, 1206 documents are retrieved from the Web of Science.';
		expect(entities(abstract)).toEqual(['Web of Science:dataset']);
	});
});

describe('cueNounNames on statistical families', () => {
	it('leaves a statistical family written in capitals to the statistical analyses, as a method', () => {
		expect(found('Generalised Linear Model was used to find the factors of fuel collection, beside the Canadian Regional Climate Model.')).toEqual([
			'Canadian Regional Climate Model:model',
		]);
		const entities = extractEntities('', 'Generalised Linear Model was used to find the factors of fuel collection.', loadLexicons()).map((e) => `${e.name}:${e.type}`);
		expect(entities).toEqual(['Generalised Linear Model:method']);
	});
});

describe('cueNounNames on elevation models', () => {
	it('types a named digital elevation model as a dataset, a fitted model as a model', () => {
		expect(found('Flood depths were mapped on the Coastal Void-Filled Digital Elevation Model and the Canadian Regional Climate Model.')).toEqual([
			'Coastal Void-Filled Digital Elevation Model:dataset',
			'Canadian Regional Climate Model:model',
		]);
	});
});

describe('cueNounNames before a "-based" compound of the noun', () => {
	it('names the capitalised words before "protocol-based", and no other compound of the noun', () => {
		expect(found('It offers Transport Layer Socket protocol-based security to clients.')).toEqual(['Transport Layer Socket:method']);
		expect(found('It offers Transport Layer Socket protocol-like security to clients.')).toEqual([]);
	});
});

describe('cueNounNames before a database', () => {
	it('names one plain word after "the" before "database", as software is named, but no adjective', () => {
		expect(found('Only 68.7% of strains were identified in the Biotyper database; the rest were not.')).toEqual(['Biotyper:dataset']);
		expect(found('Cases were drawn from the European database of the registry.')).toEqual([]);
	});
});
