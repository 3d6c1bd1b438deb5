import { describe, expect, it } from 'vitest';
import { titledParts } from './titled-parts.ts';

const parts = (text: string) =>
	titledParts
		.find({ sentence: { text, start: 0, end: text.length }, start: 0, text }, { title: '', abstract: text, sentences: [], acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false }, [])
		.map((h) => h.name);

describe('titledParts', () => {
	// Video generation and robotics papers name the parts of their method so.
	it('takes the title-case parts of a list the authors announce', () => {
		expect(parts(' two key modules: a Frame Selection module that builds a memory, and an Adaptive Conditioner that performs patchification.')).toEqual([
			'Frame Selection module',
			'Adaptive Conditioner',
		]);
		expect(parts(' three components: a Motion Encoder, a Scene Prior block and a planner.')).toEqual(['Motion Encoder', 'Scene Prior block']);
	});

	it('leaves a part with one capitalised word, and title case with no announced list', () => {
		expect(parts(' two modules: a Transformer encoder and a lightweight head.')).toEqual([]);
		expect(parts(' a Frame Selection module that builds a memory.')).toEqual([]);
	});
});
