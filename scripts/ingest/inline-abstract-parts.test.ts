import { describe, expect, it } from 'vitest';
import { splitInlineParts } from './inline-abstract-parts.ts';

const split = (abstract: string) => splitInlineParts({ abstract, sections: [] });

describe('splitInlineParts', () => {
	it('sets apart a part under a heading in capitals run on after the abstract', () => {
		expect(split('Phages infect soil bacteria. We sampled ten fields. IMPORTANCE Soil phages shape carbon cycling. We show how.')).toEqual({
			abstract: 'Phages infect soil bacteria. We sampled ten fields.',
			sections: [{ heading: 'IMPORTANCE', items: ['Soil phages shape carbon cycling. We show how.'], list: false }],
		});
		expect(split('We record neurons in mice (n = 12). SIGNIFICANCE STATEMENT: Memory needs sleep.').sections[0]).toEqual({
			heading: 'SIGNIFICANCE STATEMENT',
			items: ['Memory needs sleep.'],
			list: false,
		});
	});

	it('puts the part before those an export joined after it', () => {
		const joined = { heading: 'Key Points', items: ['One'], list: true };
		expect(splitInlineParts({ abstract: 'We test it. LAY SUMMARY We tried.', sections: [joined] }).sections.map((s) => s.heading)).toEqual(['LAY SUMMARY', 'Key Points']);
	});

	it('leaves the word in a sentence, a structured abstract\'s labels and a text that opens with the heading', () => {
		for (const abstract of [
			'We stress the IMPORTANCE of sampling. Results follow.',
			'BACKGROUND: Soils matter. RESULTS: Carbon fell. CONCLUSIONS: Graze less.',
			'IMPORTANCE Phages matter. We show how.',
			'We sampled. IMPORTANCE of phages is high.',
		]) {
			expect(split(abstract)).toEqual({ abstract, sections: [] });
		}
	});
});
