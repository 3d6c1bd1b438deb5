import { describe, expect, it } from 'vitest';
import { writtenOnlyInLongerName } from './name-fragments.ts';

// After round 33's IEEE Xplore CSV on SMART on FHIR: topics were named "Interoperability Resources" and "SMART".
const FHIR = [
	'The new Health Level 7 (HL7) Fast Healthcare Interoperability Resources (FHIR) standard.',
	'A platform based on Fast Health Interoperability Resources (FHIR).',
	'Substitutable Medical Applications and Reusable Technologies (SMART)-on-FHIR enables third-party apps. SMART on FHIR apps run anywhere.',
];

describe('writtenOnlyInLongerName', () => {
	it('knows the tail of capitalised names no paper of the collection writes alone', () => {
		expect(writtenOnlyInLongerName('Interoperability Resources', FHIR.slice(0, 2), FHIR)).toBe(true);
	});

	it('knows a name its papers write only before "on" or "of" and another name', () => {
		expect(writtenOnlyInLongerName('SMART', [FHIR[2]!, 'The SMART on FHIR platform.'], FHIR)).toBe(true);
	});

	it('knows a phrase written after the same word every time', () => {
		expect(writtenOnlyInLongerName('mass index', ['Body Mass Index and Age', 'a higher body mass index (BMI)', 'body mass indexes'], [])).toBe(true);
	});

	// unseen-round9-genomics.csl.json (scripts/eval/listings/SOURCES.md): a topic "Genomes Project".
	it('knows a phrase written after the same number every time, but not after a sentence\'s number', () => {
		const genomes = ['Data of the 1000 Genomes Project.', 'Variants from the 1000 Genomes Project were called.'];
		expect(writtenOnlyInLongerName('Genomes Project', genomes, genomes)).toBe(true);
		expect(writtenOnlyInLongerName('sequence reads', ['We aligned 3 sequence reads.', 'Of 5 sequence reads, one failed.'], [])).toBe(false);
	});

	it('keeps a name another paper of the collection writes alone, or its papers write after different words or alone', () => {
		const dit = ['We train a Multimodal Diffusion Transformer.', 'Scalable Diffusion Transformers are fast.'];
		expect(writtenOnlyInLongerName('Diffusion Transformer', dit, [...dit, 'Sampling of diffusion transformers is slow.'])).toBe(false);
		expect(writtenOnlyInLongerName('telomere length', ['mean telomere length', 'relative telomere length'], [])).toBe(false);
		expect(writtenOnlyInLongerName('telomere length', ['Telomere length shortens.', 'leukocyte telomere length'], [])).toBe(false);
		expect(writtenOnlyInLongerName('HL7', ['Health Level 7 (HL7) standards', 'HL7 FHIR resources'], [])).toBe(false);
	});

	it('reads a sentence\'s capitalised first word as no part of the name', () => {
		expect(writtenOnlyInLongerName('Diffusion Transformer', ['We train a Scalable Diffusion Transformer.', 'It works. It is a Large Diffusion Transformer.'], [])).toBe(true);
		expect(writtenOnlyInLongerName('Diffusion Transformer', ['We train a Scalable Diffusion Transformer.', 'It works. Large Diffusion Transformers win.'], [])).toBe(false);
	});
});
