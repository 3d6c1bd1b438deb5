import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyGluedPiece } from './glued-name-pieces.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('onlyGluedPiece', () => {
	it('reads a name glued to a minus sign and a number, or after a negating prefix', () => {
		expect(onlyGluedPiece('catKPR', 'The catKPR−12 gene and catKPR−12-negative isolates.')).toBe(true);
		expect(onlyGluedPiece('MorrowLane', 'Isolates were non–MorrowLane toxin producers.')).toBe(true);
	});

	it('keeps a name written once on its own', () => {
		expect(onlyGluedPiece('catKPR', 'The catKPR−12 gene; catKPR genes were sequenced.')).toBe(false);
		// a hyphen and a number make a release's name, which is another rule's to read whole
		expect(onlyGluedPiece('GenX', 'GenX-2 improves.')).toBe(false);
	});
});

describe('glued name pieces in extractEntities', () => {
	it('drops a gene name cut at its minus sign and a toxin name cut after "non–"', () => {
		const abstract =
			'Two hundred isolates were tested. The presence of catKPR−12 was determined by polymerase chain reaction, and 14 (7.0%) isolates were catKPR−12-negative. ' +
			'Most isolates were non–MorrowLane leukocidin producers (61%).';
		expect(names('catKPR−12-Negative Isolates in Peru', abstract)).toEqual([]);
	});
});
