import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { metricInValue } from './metric-in-value.ts';

// Sentences of detection and translation abstracts whose values carry their metric; each line is read through the whole
// claim pipeline, so the stored measures change if `metricInValue` leaves `MEASURE_READERS`.
describeStoredOutputs(new URL('./fixtures/metric-in-value/', import.meta.url), 'metricInValue on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

describe('metricInValue', () => {
	it('reads the metric a value ends with', () => {
		const text = 'It reaches 34.2/36.4 AP3D on Omni3D.';
		expect(metricInValue(analyzeText(text).tokens, 11, 25)).toEqual({ start: 21, end: 25 });
	});

	it('reads the metric stated with "=" right before the value', () => {
		const text = 'ArtifactNet achieves F1 = 0.9829 with FPR = 1.49%.';
		expect(metricInValue(analyzeText(text).tokens, 26, 32)).toEqual({ start: 21, end: 23 });
		// No metric before "=" measures nothing.
		expect(metricInValue(analyzeText(text).tokens, 44, 49)).toBeNull();
	});

	it('reads nothing of a value that carries no metric', () => {
		const text = 'It improves accuracy by 4.5% overall.';
		expect(metricInValue(analyzeText(text).tokens, 24, 28)).toBeNull();
	});
});
