import { describe, expect, it } from 'vitest';
import { restoreSentenceSpaces } from './sentence-spaces.ts';

describe('restoreSentenceSpaces', () => {
	it.each([
		// Bioinformatics abstracts as BibTeX exports them (scripts/eval/listings/biology.bib).
		['integrating multi-omics information.This paper presents HyperTMO', 'integrating multi-omics information. This paper presents HyperTMO'],
		['in clinical diagnosis.HyperTMO and datasets are available', 'in clinical diagnosis. HyperTMO and datasets are available'],
		['binning of contigs.The results', 'binning of contigs. The results'],
		['Does it help?Yes, it does!We show', 'Does it help? Yes, it does! We show'],
		['(see Table 2).Results differ', '(see Table 2). Results differ'],
		// A unit before the stop (scripts/eval/listings/unseen-round28-drone-aeroacoustics.bib).
		['a signal-to-noise ratio -25 dB.This demonstrates', 'a signal-to-noise ratio -25 dB. This demonstrates'],
		['peaks at 5 kHz.The rotor', 'peaks at 5 kHz. The rotor'],
	])('puts the space back between glued sentences: %s', (glued, spaced) => {
		expect(restoreSentenceSpaces(glued)).toBe(spaced);
	});

	it.each([
		'available at https://github.com/ippousyuga/HyperTMO.Supplementary data',
		'see www.example.org/Path.Name and mail team@lab.org.Thanks',
		'abbreviations such as e.g.The and U.S.Army stay',
		'a version 2.Two numbers, HyperTMO.Supplementary, ProtT5.Embeddings',
		'already spaced. Nothing to do.',
	])('leaves addresses, abbreviations, capitals and spaced text unchanged: %s', (text) => {
		expect(restoreSentenceSpaces(text)).toBe(text);
	});
});
