import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { measuringWords } from './measuring-words.ts';

const found = (abstract: string) => measuringWords.find(entityContext(abstract)).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('measuringWords', () => {
	it('takes a one-word measuring technique standing as its own phrase', () => {
		expect(found('Knee flexion was measured using goniometry at each visit.')).toEqual(['goniometry:method/used']);
		expect(found('This guide explains the basics of photogrammetry and its workflow.')).toEqual(['photogrammetry:method/used']);
		expect(found('Spirometry was performed twice. Lung volume was then read.')).toEqual(['Spirometry:method/used']);
	});

	it('leaves a word that modifies another noun or follows a name, and words that name no measuring', () => {
		expect(found('We reviewed fish telemetry studies and their telemetry transmitters.')).toEqual([]);
		expect(found('We employ TESS and survey photometry of the binary.')).toEqual([]);
		expect(found('The geometry of the wing and its symmetry were described.')).toEqual([]);
	});

	it('is found by extractEntities', () => {
		expect(extractEntities('', 'Hip rotation was assessed using goniometry in both groups.', emptyLexicons()).map((e) => e.name)).toEqual(['goniometry']);
	});
});
