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

	it('leaves an established method a lexicon lists as used, by either of its forms', () => {
		// chemistry: the study applies DFT, it does not make it
		const entities = extractEntities('', 'We present a density functional theory (DFT) study of CO adsorption on stepped Pt surfaces.', loadLexicons());
		expect(entities.map((e) => `${e.name}:${e.role}`)).toEqual(['density functional theory:used']);
	});

	it('leaves a lower-case term abbreviated inside the object, a kind of work after it', () => {
		// sleep medicine, hydrology
		expect(introduced('We present a wearable electroencephalogram (EEG) sleep-staging system for use at home.')).not.toContain('EEG');
		expect(introduced('We develop a soil moisture (SM) retrieval algorithm from passive microwave data.')).not.toContain('SM');
	});

	it('still introduces a lower-case long form that is what was made', () => {
		expect(introduced('We propose gradient-free prompt search (GFPS), a method that edits prompts with a critic.')).toContain('GFPS');
	});

	it('reads past "the idea of" to the acronym proposed', () => {
		expect(introduced('To train these models, we propose the idea of Cross-Depth Self Distillation (CDSD), where shallow loops learn from deep ones.')).toContain('CDSD');
	});

	it('leaves a lower-case term abbreviated inside the apposition of a name just made', () => {
		expect(introduced('Using FooGen, we construct FooGen-5K, a synthetic optical character recognition (OCR) dataset of 5k images.')).not.toContain('OCR');
	});
});
