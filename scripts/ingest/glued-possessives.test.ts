import { describe, expect, it } from 'vitest';
import { withGluedPossessivesSpaced } from './glued-possessives.ts';

describe('withGluedPossessivesSpaced', () => {
	// unseen-round25-anthropology-ontologies.ris (scripts/eval/listings/SOURCES.md), a Web of Science RIS export.
	it('puts back the space a dropped italic title took with it', () => {
		expect(withGluedPossessivesSpaced("Greece's earliest myth, Hesiod'sTheogony, has little to do")).toBe("Greece's earliest myth, Hesiod's Theogony, has little to do");
		expect(withGluedPossessivesSpaced('Darwin’sOrigin of Species')).toBe('Darwin’s Origin of Species');
	});

	it('leaves possessives before a space, contractions and names with an apostrophe', () => {
		for (const text of ["Hesiod's Theogony", "it's", "O'Sullivan's data", "the model'sAPI", "McDonald's"]) expect(withGluedPossessivesSpaced(text)).toBe(text);
	});
});
