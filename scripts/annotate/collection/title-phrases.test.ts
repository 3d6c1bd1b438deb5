import { describe, expect, it } from 'vitest';
import { titlePhrases } from './title-phrases.ts';

describe('titlePhrases', () => {
	it('finds a title\'s noun phrases as keyphrase candidates are found, general ones left out', () => {
		const phrases = titlePhrases('A comprehensive model of gene-for-gene coevolution in a metapopulation');
		expect(phrases).toEqual(expect.arrayContaining(['gene-for-gene coevolution', 'metapopulation']));
		expect(phrases).not.toContain('comprehensive model');
	});

	it('adds the noun phrases a phrase opens with, which two titles share more often than the whole', () => {
		expect(titlePhrases('Efficient processing of surface NMR data')).toEqual(expect.arrayContaining(['surface NMR data', 'surface NMR']));
	});

	it('opens no phrase with one word but an acronym', () => {
		const phrases = titlePhrases('Seismic tomography and seismic absorption of a newborn volcano');
		expect(phrases).toEqual(expect.arrayContaining(['Seismic tomography', 'seismic absorption']));
		expect(phrases).not.toContain('Seismic');
	});

	it('reads a title in title case in sentence case: its common words are no names, its verbs and prepositions start no phrase', () => {
		const common = new Set(['mapping', 'geothermal', 'using', 'fluids', 'absorption', 'scattering', 'study', 'volcano']);
		const phrases = titlePhrases('Mapping Geothermal Fluids Using Seismic Absorption and Scattering: A Case Study From Aluto Volcano', (word) => common.has(word.toLowerCase()));
		expect(phrases).toEqual(expect.arrayContaining(['Geothermal Fluids', 'Seismic Absorption', 'Aluto Volcano']));
		expect(phrases.filter((phrase) => /^(?:Using|Mapping|Case|Study)\b|From/.test(phrase))).toEqual([]);
	});

	it('starts no phrase inside a name, nor at a name\'s particle', () => {
		const phrases = titlePhrases('Spectral energy distribution of Nevado del Ruiz Volcano seismicity near the Colli Albani volcano');
		expect(phrases).toEqual(expect.arrayContaining(['Nevado del Ruiz Volcano seismicity', 'Nevado del Ruiz', 'Colli Albani volcano']));
		expect(phrases.filter((phrase) => /^(?:del|Ruiz|Albani)\b|\bdel$/.test(phrase))).toEqual([]);
	});

	it('keeps an acronym after a name as a name of its own', () => {
		expect(titlePhrases('Jekyll RDF: template-based linked data publication')).toEqual(expect.arrayContaining(['Jekyll RDF', 'RDF']));
	});

	it('in a title in title case, takes a word of general English for no name without evidence, a word outside it for one', () => {
		const phrases = titlePhrases('Semi-Automated Certification of Low Criticality ML-Enabled Airborne Applications and Modeling IoT Infrastructures at Colli Albani Volcano', (word) => word.toLowerCase() === 'volcano');
		expect(phrases).toEqual(expect.arrayContaining(['IoT Infrastructures', 'Colli Albani Volcano']));
		expect(phrases).not.toContain('Albani Volcano');
	});
});
