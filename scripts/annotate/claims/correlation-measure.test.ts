import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

// Made-up clinical results: a coefficient "r = …" in brackets measures the correlation the sentence names, not the group
// named next to the bracket.
describeStoredOutputs(new URL('./fixtures/correlation-measure/', import.meta.url), 'correlationMeasure on fixture %s', 'gives each claim the measure of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
