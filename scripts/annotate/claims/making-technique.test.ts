import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { splitSentences } from '../sentences.ts';
import { makesWith } from './making-technique.ts';
import { studiedEntities } from './studied-entity.ts';

const entity = (text: string, name: string): Entity => {
	const at = text.indexOf(name);
	return { id: name.toLowerCase().replace(/\s+/g, '-'), name, type: 'method', role: 'used', spans: [{ start: at, end: at + name.length, text: name }] };
};
const studied = (text: string, name: string) => studiedEntities(splitSentences(text), [entity(text, name)]);

describe('makesWith', () => {
	it('reads a verb of making, its preposition of means and a few words of the technique’s kind', () => {
		expect(makesWith('In this study, porous films are fabricated by the ')).toBe(true);
		expect(makesWith('In this paper, such a coating process is developed using a plasma-enhanced ')).toBe(true);
		expect(makesWith('In this work, the crystals were grown via ')).toBe(true);
	});

	it('leaves a method that computes or measures, and one only named', () => {
		expect(makesWith('With the ')).toBe(false);
		expect(makesWith('Signals were analyzed using the ')).toBe(false);
		expect(makesWith('The results of ')).toBe(false);
	});
});

describe('studiedEntities with a making technique', () => {
	it('takes the technique a study makes its samples with, in its own voice', () => {
		expect(studied('Texturing lowers losses. In this study, porous films are fabricated by the Pulsed Laser Deposition method on glass.', 'Pulsed Laser Deposition')).toEqual([
			'method/pulsed-laser-deposition',
		]);
		expect(studied('In this paper, a coating process is developed using a plasma-enhanced ALD technique.', 'ALD')).toEqual(['method/ald']);
	});

	it('leaves a technique others made something with, and one the study computes with', () => {
		expect(studied('Earlier groups fabricated films by the Pulsed Laser Deposition method.', 'Pulsed Laser Deposition')).toEqual([]);
		expect(studied('With the FDTD method, we demonstrated that the efficiency peaks.', 'FDTD')).toEqual([]);
	});
});
