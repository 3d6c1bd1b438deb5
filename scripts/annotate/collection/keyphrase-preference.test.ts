import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureName } from './keyphrase-features.ts';
import { PLACE_PREFERENCE, placePreference } from './keyphrase-preference.ts';

const valuesOf = (set: Partial<Record<FeatureName, number>>) => FEATURES.map((name) => set[name] ?? 0);

describe('placePreference', () => {
	it('leaves a plain phrase as scored', () => {
		expect(placePreference(valuesOf({ name: 1, pluralHead: 1 }), false)).toBe(1);
	});

	it('prefers the long form of a defined acronym and a phrase headed by an activity', () => {
		expect(placePreference(valuesOf({ definesAcronym: 1 }), false)).toBe(PLACE_PREFERENCE.definesAcronym);
		expect(placePreference(valuesOf({ gerundHead: 1 }), false)).toBe(PLACE_PREFERENCE.gerundHead);
		expect(placePreference(valuesOf({ definesAcronym: 1, gerundHead: 1 }), false)).toBe(PLACE_PREFERENCE.definesAcronym * PLACE_PREFERENCE.gerundHead);
	});

	it('holds back a lone word unless it names one of the paper’s entities', () => {
		expect(placePreference(valuesOf({ oneWord: 1 }), false)).toBeLessThan(1);
		expect(placePreference(valuesOf({ oneWord: 1 }), true)).toBe(1);
	});

	it('holds back a lone word written as no name ("marsh", "Everest") more than one written as a name ("fMRI", "dNBR")', () => {
		expect(placePreference(valuesOf({ oneWord: 1 }), false)).toBeLessThan(placePreference(valuesOf({ oneWord: 1, name: 1 }), false));
		expect(placePreference(valuesOf({ oneWord: 1, name: 1 }), false)).toBe(PLACE_PREFERENCE.loneWord);
	});

	it('prefers a longer term and one first said where the authors name their contribution, holds back a vague head', () => {
		expect(placePreference(valuesOf({ threePlusWords: 1 }), false)).toBe(PLACE_PREFERENCE.longPhrase);
		expect(placePreference(valuesOf({ contribution: 1 }), false)).toBe(PLACE_PREFERENCE.contribution);
		expect(placePreference(valuesOf({ vagueHead: 1 }), false)).toBeLessThan(1);
		expect(PLACE_PREFERENCE.longPhrase).toBeGreaterThan(1);
		expect(PLACE_PREFERENCE.contribution).toBeGreaterThan(1);
	});

	it('weighs an entity’s name only by acronym and activity', () => {
		expect(placePreference(valuesOf({ threePlusWords: 1, contribution: 1, vagueHead: 1 }), true)).toBe(1);
		expect(placePreference(valuesOf({ definesAcronym: 1, threePlusWords: 1 }), true)).toBe(PLACE_PREFERENCE.definesAcronym);
	});
});
