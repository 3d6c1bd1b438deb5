import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isInstrumentModel } from './instrument-models.ts';

const names = (abstract: string) => extractEntities('T', abstract, emptyLexicons()).map((e) => e.name);

describe('isInstrumentModel', () => {
	it('reads a make, a model and an instrument noun as hardware', () => {
		expect(isInstrumentModel('MiSeq', 'Each group was sequenced using an Illumina MiSeq sequencing system.')).toBe(true);
		expect(isInstrumentModel('AvanceNEO', 'spectra were recorded on a Bruker AvanceNEO spectrometer')).toBe(true);
	});

	it('leaves a system named without a make', () => {
		expect(isInstrumentModel('AlphaGo', 'we compare with the AlphaGo system')).toBe(false);
		expect(isInstrumentModel('MiSeq', 'MiSeq reads were trimmed')).toBe(false);
		expect(isInstrumentModel('WCEDS', 'a location system (WCEDS). The WCEDS system requires input data.')).toBe(false);
	});
});

describe('instrument models in extractEntities', () => {
	it('shows no instrument model as a method', () => {
		const abstract = 'Each group was sequenced at a 330bp segment of the 16s gene using an Illumina MiSeq sequencing system.';
		expect(names(abstract)).not.toContain('MiSeq');
	});

	it('keeps a system the abstract defines and then names after "The"', () => {
		const abstract =
			'In the course of our development of a waveform correlation event-detection and location system (WCEDS), we surveyed trigger algorithms. The WCEDS system requires input streams.';
		expect(names(abstract)).toContain('WCEDS');
	});
});
