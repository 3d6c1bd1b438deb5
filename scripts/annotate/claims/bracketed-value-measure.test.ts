import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { bracketedValueMeasure } from './bracketed-value-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = bracketedValueMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('bracketedValueMeasure', () => {
	// Oceanography, thermal biology, agricultural extension: the phrase a bracketed value follows.
	it('reads the noun phrase right before a bracket that holds only the number', () => {
		const ocean = 'The deep flow is enhanced for anticyclones (25.2 cm/s) compared with cyclones (−4.7 cm/s).';
		expect(read(ocean, '25.2 cm/s')).toBe('anticyclones');
		expect(read(ocean, '−4.7 cm/s')).toBe('cyclones');
		expect(read('Malaria had lower thermal optima (25–26ºC) than dengue.', '25–26ºC')).toBe('lower thermal optima');
	});

	it('leaves names and methods before the bracket, and numbers not alone in it', () => {
		expect(read('RBR scored higher than dNBR (68.4%) overall.', '68.4%')).toBe('');
		expect(read('It beats contrastive decoding methods (+15%) easily.', '+15%')).toBe('');
		expect(read('Accuracy rose (from 12% to 15%) overall.', '12%')).toBe('');
	});

	// Population genetics brackets a statistic's symbol with its value after what it measured.
	it('reads past a statistic symbol stated with "=" that opens the bracket, never past a word', () => {
		const text = 'Anopheles darlingi presented the greatest heterozygosity (Ho = 0.167 +/- 0.071) of all.';
		expect(read(text, '0.167 +/- 0.071')).toBe('greatest heterozygosity');
		expect(read('Rates varied in total length (mean = 7.03 cm) across sharks.', '7.03 cm')).toBe('');
	});

	// Web of Science writes a tilde as "similar to".
	it('reads past a bound that opens the bracket and "absolute" that closes it', () => {
		const text = 'Improvement in short circuit current density (>20%) and efficiency (similar to 1.25% absolute) has been achieved.';
		expect(read(text, '20%')).toBe('short circuit current density');
		expect(read(text, '1.25%')).toBe('efficiency');
		expect(read('A significant increase (~20%) in the current is observed.', '20%')).toBe('significant increase');
		expect(read('It beats decoding methods (>15%) easily.', '15%')).toBe('');
	});

	it('takes the noun an "of" phrase completes, so a share says what it is of', () => {
		expect(read('Most hives were found in late stages of the infestation (71%).', '71%')).toBe('late stages of the infestation');
		expect(read('Plots showed early signs of the blight (12%) by June.', '12%')).toBe('early signs of the blight');
	});
});
