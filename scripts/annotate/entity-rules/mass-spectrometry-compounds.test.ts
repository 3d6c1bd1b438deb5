import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { longFormBefore, massSpectrometryCompounds } from './mass-spectrometry-compounds.ts';

const found = (abstract: string) => massSpectrometryCompounds.find(entityContext(abstract)).map((f) => ({ name: f.name, type: f.type, role: f.role, forms: f.forms }));

// Inputs written after microbiology and food chemistry methods sections, not copied from a listing: one technique
// written whole, in parts and by its head alone; two techniques (no bare head given to either); and negatives (a
// disease's acronym, the head alone, a person's initials after a surname).
describeStoredOutputs(new URL('./fixtures/mass-spectrometry-compounds/', import.meta.url), 'massSpectrometryCompounds on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('mass spectrometry compounds among the other entity rules', () => {
	it('makes the technique one method used, its parts no entities of their own', () => {
		const abstract =
			'MALDI-TOF mass spectrometry (Matrix-Assisted Laser Desorption-Ionization (MALDI) and a Time-of-Flight detector (TOF)) is a promising strategy. We classify mass spectrometry data of salmon, and MALDI-TOF database records were matched.';
		const entities = extractEntities('', abstract, emptyLexicons());
		expect(entities.map((e) => `${e.name}:${e.type}/${e.role}`)).toEqual(['MALDI-TOF MS:method/used']);
		expect(entities[0]!.spans.map((s) => s.text)).toContain('mass spectrometry');
	});
});

describe('longFormBefore', () => {
	it('reads the long form back to the farthest word opening with the acronym\'s letter, over "and" and "of"', () => {
		expect(longFormBefore('by combining matrix-assisted laser desorption/ionization and time-of-flight mass spectrometer ', 'MALDI-TOF')).toBe(
			'matrix-assisted laser desorption/ionization and time-of-flight mass spectrometer',
		);
		expect(longFormBefore('Matrix-assisted laser desorption/ionization-time of flight mass spectrometer ', 'MALDI-TOF')).toBe('Matrix-assisted laser desorption/ionization-time of flight mass spectrometer');
	});

	it('reads none where no word opens with the letter before a function word', () => {
		expect(longFormBefore('the samples went to the ion source and mass spectrometry ', 'MALDI-TOF')).toBeUndefined();
	});
});

