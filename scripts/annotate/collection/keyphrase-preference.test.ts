import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureName } from './keyphrase-features.ts';
import { PLACE_PREFERENCE, placePreference } from './keyphrase-preference.ts';

const valuesOf = (set: Partial<Record<FeatureName, number>>) => FEATURES.map((name) => set[name] ?? 0);

describe('placePreference', () => {
	it('leaves a plain phrase as scored', () => {
		expect(placePreference(valuesOf({ threePlusWords: 1, name: 1 }), false)).toBe(1);
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
});
