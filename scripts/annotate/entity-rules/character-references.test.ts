import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyCharacterReference } from './character-references.ts';

describe('onlyCharacterReference', () => {
	it('knows capitals written only between an ampersand and a semicolon', () => {
		expect(onlyCharacterReference('COPY', 'Results for drones.& COPY; 2024 The Authors.')).toBe(true);
		expect(onlyCharacterReference('PLUSMN', 'at 10 & PLUSMN;2 degrees and 5 &PLUSMN; 1 dB')).toBe(true);
	});

	it('keeps a name the text also writes as a name, and a name without the semicolon', () => {
		expect(onlyCharacterReference('COPY', 'COPY counts the reads. & COPY; 2024 The Authors.')).toBe(false);
		expect(onlyCharacterReference('BERT', 'compared R & BERT on two tasks')).toBe(false);
		expect(onlyCharacterReference('Copy', 'a & Copy; b')).toBe(false);
	});
});

describe('character references in extractEntities', () => {
	it("drops the copyright sign's reference of a Web of Science export and keeps the paper's names", () => {
		const abstract =
			'We present FlyNoise, a framework for measuring rotor noise in the field. FlyNoise maps the noise of small drones.& COPY; 2024 The Author(s). Published by Elsevier.';
		expect(extractEntities('FlyNoise: rotor noise in the field', abstract, emptyLexicons()).map((e) => e.name)).toEqual(['FlyNoise']);
	});
});
