import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { findClaimValues } from './claim-values.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { findSlashedScores } from './slashed-scores.ts';

// Sentences of detection, edge detection and parsing abstracts written after the form of held-out ones, and one file of
// slashes that join years, versions or counts; each line is read through the whole claim pipeline, so the stored claims
// change if `findSlashedScores` leaves `VALUE_FINDERS`.
describeStoredOutputs(new URL('./fixtures/slashed-scores/', import.meta.url), 'findSlashedScores on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

const scores = (text: string) => findSlashedScores(text).map((v) => v.text);

describe('findSlashedScores', () => {
	it('reads two to four scores joined by slashes before the metric they share', () => {
		expect(scores('It achieves 22.6/24.8 AP3D on the benchmark.')).toEqual(['22.6/24.8 AP3D']);
		expect(scores('It reaches 40.3/48.9 ODS on A and B.')).toEqual(['40.3/48.9 ODS']);
		expect(scores('Scores of 71.2/68.4/70.0 F1 were reached.')).toEqual(['71.2/68.4/70.0 F1']);
	});

	it('leaves slashes with no metric after them, and a metric glued to a longer word', () => {
		expect(scores('Data of 2010/2011 were used.')).toEqual([]);
		expect(scores('We test Gemini 3/3.1 Flash.')).toEqual([]);
		expect(scores('It reads 3/4 APIs.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('On Omni3D, it reaches 34.2/36.4 AP3D with text and box prompts, respectively.').map((v) => v.text)).toEqual(['34.2/36.4 AP3D']);
	});
});
