import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { americanSpelling, americanWordReader } from './american-spelling.ts';
import { phraseForm } from './phrase-form.ts';

describe('americanSpelling', () => {
	it('writes British spellings the American way, word by word', () => {
		const pairs = [
			['tumour hypoxia', 'tumor hypoxia'],
			['behavioural', 'behavioral'],
			['haemoglobin', 'hemoglobin'],
			['anaemia', 'anemia'],
			['ischaemic stroke', 'ischemic stroke'],
			['paediatric', 'pediatric'],
			['oedema', 'edema'],
			['oestrogen', 'estrogen'],
			['obstructive sleep apnoea', 'obstructive sleep apnea'],
			['city centre', 'city center'],
			['millimetres', 'millimeters'],
			['analysed', 'analyzed'],
			['modelling', 'modeling'],
			['signalling pathway', 'signaling pathway'],
			['optimisation', 'optimization'],
		];
		for (const [british, american] of pairs) expect(americanSpelling(british!)).toBe(american);
	});

	it('leaves words that only look British', () => {
		for (const word of ['four hours', 'flour', 'contour', 'devour', 'aerosol', 'does', 'shoes', 'structure', 'feature', 'cell', 'installing', 'analysis']) {
			expect(americanSpelling(word)).toBe(word);
		}
	});

	// The hypoxia export of PRIMAFF-WAKAMATSU/PICESWG49_bibliometrix (savedrecs.txt) made a topic of each spelling.
	it('makes both spellings one phrase form', () => {
		expect(phraseForm('Tumour hypoxia')).toBe(phraseForm('tumor hypoxia'));
		expect(phraseForm('haemodynamic responses')).toBe(phraseForm('hemodynamic response'));
	});

	// The reader spells each word once; it must give what spelling the whole text and splitting it gives, where a
	// text's hint and a word's hint differ too: "metre5" and "metre_x" hold "tre" before no word boundary.
	it('reads a text\'s words as the whole text spelled and split gives them', () => {
		const separator = /[^\p{L}\p{N}-]+/u;
		const pieces = ['our', 'tumour', 'colour', 'metre', 'tres', 'analyse', 'modelling', 'haem', 'ae', 'oe', 'isation', 'ys', 'ing', 'ed', 'x', '5', '_', '-', ' ', '. ', 'é', 'centre', 'four', 'fibres'];
		const read = americanWordReader(separator);
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				expect(read(text)).toEqual(americanSpelling(text).split(separator));
			}),
			{ numRuns: 2000 },
		);
		expect(read('our tumour size, metre5')).toEqual(['our', 'tumor', 'size', 'meter5']);
		expect(read('the tumour_x')).toEqual(['the', 'tumor', 'x']);
	});
});
