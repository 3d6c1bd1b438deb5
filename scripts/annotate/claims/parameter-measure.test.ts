import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

const measureOf = (text: string, value: string) => {
	const start = text.indexOf(value);
	return claimMeasure(analyzeText(text).tokens, start, start + value.length, text)?.text ?? null;
};

describe('parameterMeasure, as a claim measure', () => {
	// Astronomy: each parameter named before its symbol.
	it('gives a parameter\'s value the noun phrase named before its symbol', () => {
		const text = 'The planet has a rotation period P=10.7h, an obliquity o=23.4°, and a bond albedo A=0.31.';
		expect(measureOf(text, '10.7')).toBe('rotation period');
		expect(measureOf(text, '0.31')).toBe('bond albedo');
	});

	// Fisheries, exported with lost characters: a damaged symbol is no name.
	it('finds nothing for a symbol glued to the characters before it', () => {
		expect(measureOf('Growth parameters were: L\uFFFD\uFFFDP = 149.45 cm.', '149.45')).not.toMatch(/\uFFFD/);
	});
});
