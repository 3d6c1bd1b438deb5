import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../fixtures/seed.ts';
import { extractEntities } from '../../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.role}`);

describe('passiveAcronym, the paper\'s own frame', () => {
	it('takes an acronym defined before and developed "in this study" as introduced', () => {
		expect(names('Our aim was to map flood risk with the combined wetness index (CWI). In this study, the CWI was developed for three basins by merging two indices.')).toEqual([
			'CWI:introduced',
		]);
	});

	it('leaves an acronym whose development the sentence tells without the frame', () => {
		expect(names('We map flood risk with the combined wetness index (CWI). The CWI was developed in the 1990s for three basins.')).toEqual(['CWI:used']);
	});
});

describe('passiveAcronym, parts presented one sentence each', () => {
	it('takes an acronym defined in a new subject, its kind of part after the bracket, as introduced', () => {
		expect(names('We build a segmentation network for road cracks. Guided by the gradient, a boundary feature booster (BFB) module is presented to sharpen the edges.')).toEqual([
			'BFB:introduced',
		]);
	});

	it('takes both halves of a subject whose second half shares the article and has its own acronym', () => {
		expect(names('A robust nonlinear adaptive backstepping controller (ABC) and integral sliding mode observer (ISMO) have been designed for the drive.')).toEqual([
			'ABC:introduced',
			'ISMO:introduced',
		]);
	});

	it('takes both parts of a joined subject', () => {
		expect(names('Furthermore, a gated local fusion (GLF) module and a contour smoothing block (CSB) are proposed to refine the maps.')).toEqual([
			'GLF:introduced',
			'CSB:introduced',
		]);
	});

	it('leaves a subject that is not new, and one credited to others', () => {
		// Both are named modules (component-acronyms.ts finds them, as used); neither is the paper's new one.
		expect(names('The gated local fusion (GLF) module is presented in Section 3. A contour smoothing block (CSB) was proposed by Li et al. and is used here.').filter((n) => n.endsWith(':introduced'))).toEqual([]);
	});
});

describe('passiveAcronym, an acronym inside the subject', () => {
	it('leaves an acronym that modifies the new thing rather than naming it', () => {
		expect(names('A new strategy for mesh adaptation dealing with fluid–structure interaction (FSI) problems is presented using a partitioned approach.')).toEqual([]);
	});
});
