import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const introduced = (abstract: string) =>
	extractEntities('', abstract, loadLexicons())
		.filter((e) => e.role === 'introduced')
		.map((e) => e.name);

describe('acronymAfterVerb', () => {
	it('introduces an acronym defined right after the verb', () => {
		expect(introduced('We propose Sparse Routing Distillation (SRD), which halves the cost of expert layers.')).toContain('SRD');
	});

	it('leaves a lower-case term abbreviated inside the object, a kind of work after it', () => {
		// sleep medicine, hydrology
		expect(introduced('We present a wearable electroencephalogram (EEG) sleep-staging system for use at home.')).not.toContain('EEG');
		expect(introduced('We develop a soil moisture (SM) retrieval algorithm from passive microwave data.')).not.toContain('SM');
	});

	it('still introduces a lower-case long form that is what was made', () => {
		expect(introduced('We propose gradient-free prompt search (GFPS), a method that edits prompts with a critic.')).toContain('GFPS');
	});
});
