import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, loadLexicons()).map((e) => e.name);

describe('comparedQuantityNames', () => {
	it('drops ratios of one quantity to another', () => {
		// sleep research: band-power ratios as outcomes
		const sleep = 'Quiet bedrooms led to lower beta-to-gamma ratio (BGR) and gamma-to-delta ratio (GDR) in the morning recordings of 24 adults.';
		expect(names('', sleep)).not.toContain('BGR');
		expect(names('', sleep)).not.toContain('GDR');
	});

	it('drops band ratios coordinated before one "ratios", and keeps a task named from one thing to another', () => {
		const bands = 'Quiet rooms increased beta-to-gamma (BGR) and beta-to-delta (BDR) ratios in 24 adults.';
		expect(names('', bands)).not.toContain('BGR');
		const task = 'We generate scripts from video. The video-to-script (V2S) model and the text encoder are trained jointly.';
		expect(names('', task)).toContain('V2S');
	});

	it('drops an index the study compares between its conditions', () => {
		// classroom acoustics: an index computed from the participants' signals, then compared
		const acoustics = 'Recordings of 18 pupils were analyzed to compute the attention index (AI). Quiet rooms gave a higher AI than noisy ones.';
		expect(names('', acoustics)).not.toContain('AI');
	});

	it('keeps a named index used as a technique, and an index never compared', () => {
		const burn = 'We map fire severity with the delta normalized burn ratio (dNBR) from Landsat scenes of 40 fires.';
		expect(names('', burn)).toContain('dNBR');
		// a title-case index is a named instrument, even where its value is compared
		const drought = 'We monitor drought with the Composite Drought Index (CDI). Irrigated basins show a lower CDI.';
		expect(names('', drought)).toContain('Composite Drought Index');
	});
});
