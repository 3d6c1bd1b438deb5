import { describe, expect, it } from 'vitest';
import { labelsOnlyValues } from './value-labels.ts';

describe('labelsOnlyValues', () => {
	// Round 41's liver list: an alcohol-hepatitis study and a terlipressin study "related" by "sHR", a pathway study by "IQR".
	it('knows an acronym both papers write only before a value they report', () => {
		expect(labelsOnlyValues('sHR', ['mortality (shr 1.76, 95%ci: 1.1-2.8)', 'meld (shr = 0.68; p = 0.01); [subdistribution hazard ratio, shr] 1.59'])).toBe(true);
		expect(labelsOnlyValues('IQR', ['aged 52 (iqr 41–59) years', 'stay of 4 days [iqr=3-8]'])).toBe(true);
		expect(labelsOnlyValues('OR', ['death (or=8.29; p<0.001)', 'sepsis (or = 0.65, p = 0.02)'])).toBe(true);
	});

	it('keeps a name one paper writes before anything but a number, or does not write', () => {
		expect(labelsOnlyValues('AUROC', ['an auroc of 0.736', 'auroc curves were drawn'])).toBe(false);
		expect(labelsOnlyValues('MELD', ['meld 30 or more', 'the meld score at admission'])).toBe(false);
		expect(labelsOnlyValues('IQR', ['aged 52 (iqr 41–59) years', 'no range given'])).toBe(false);
	});

	it('reads a hyphen after the name as part of a word, not a minus', () => {
		expect(labelsOnlyValues('HIV', ['hiv 1 infection', 'hiv-negative patients'])).toBe(false);
	});

	it('leaves phrases and lower-case words to the rules for them', () => {
		expect(labelsOnlyValues('hazard ratio', ['hazard ratio 1.2', 'hazard ratio 0.8'])).toBe(false);
		expect(labelsOnlyValues('age', ['age 52', 'age 61'])).toBe(false);
	});
});
