import { describe, expect, it } from 'vitest';
import { commaName } from './comma-name.ts';

describe('commaName', () => {
	it('reads "Family, Given" and keeps a name without a comma whole', () => {
		expect(commaName('Okafor, Ada N.')).toEqual({ family: 'Okafor', given: 'Ada N.' });
		expect(commaName('WHO Study Group')).toEqual({ literal: 'WHO Study Group' });
		expect(commaName('Amy Keefer')).toEqual({ literal: 'Amy Keefer' });
	});

	// EPPI-Reviewer's RIS (asreview/citation-file-formatting, Datasets/RIS/_baseline_eppireviewer.ris) and PubMed's AU.
	it('reads "Family Initials" without a comma, and leaves a group named so', () => {
		expect(commaName(' Rao K ')).toEqual({ family: 'Rao', given: 'K.' });
		expect(commaName('Brownstein C D')).toEqual({ family: 'Brownstein', given: 'C. D.' });
		expect(commaName('Griffin DK')).toEqual({ family: 'Griffin', given: 'D. K.' });
		expect(commaName("van der Berg JH")).toEqual({ family: 'van der Berg', given: 'J. H.' });
		expect(commaName("O'Connor RE")).toEqual({ family: "O'Connor", given: 'R. E.' });
		// A list's closing point (PubMed's CSV), and initials with points kept as written (Embase's CSV).
		expect(commaName("O'Connor RE.")).toEqual({ family: "O'Connor", given: 'R. E.' });
		expect(commaName('McNamara M.E.')).toEqual({ family: 'McNamara', given: 'M.E.' });
		expect(commaName('Study Group A')).toEqual({ literal: 'Study Group A' });
	});

	it('gives bare initials their points', () => {
		expect(commaName('Guzman-Gallegos, MA')).toEqual({ family: 'Guzman-Gallegos', given: 'M. A.' });
		expect(commaName('Rao, K')).toEqual({ family: 'Rao', given: 'K.' });
		expect(commaName('Hayes, J J C')).toEqual({ family: 'Hayes', given: 'J. J. C.' });
	});

	it('leaves a given name that is a word, and a name written all in capitals', () => {
		expect(commaName('Ma, Li')).toEqual({ family: 'Ma', given: 'Li' });
		expect(commaName('SMITH, ANN')).toEqual({ family: 'SMITH', given: 'ANN' });
		expect(commaName('Lee, J.-H.')).toEqual({ family: 'Lee', given: 'J.-H.' });
	});
});
