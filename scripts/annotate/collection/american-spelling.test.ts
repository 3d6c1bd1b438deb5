import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { americanSpelling } from './american-spelling.ts';
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

	// Only the words holding a hint are spelled: the rest of a text must come out as when every word was read.
	it('spells a text as every one of its words spelled alone', () => {
		const part = fc.constantFrom('tumour', 'metre', 'metres', 'litre', 'analyse', 'analysing', 'modelling', 'labellers', 'organisation', 'haemoglobin', 'paediatric', 'oedema', 'apnoea', 'our', 'four', 'ae', 'oe', 'tre', 'll', 'ys', 'a', 'z', ' ', '-', '5', '_', 'é', 'İ', '.', '\n');
		fc.assert(
			fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				expect(americanSpelling(text)).toBe(everyWordSpelled(text));
			}),
			{ numRuns: 3000 },
		);
	});

	it('leaves a word before a digit as the text-wide hint reads it', () => {
		expect(americanSpelling('metre5 data')).toBe('metre5 data');
		expect(americanSpelling('metre5 tumour')).toBe('meter5 tumor');
	});

	// The hypoxia export of PRIMAFF-WAKAMATSU/PICESWG49_bibliometrix (savedrecs.txt) made a topic of each spelling.
	it('makes both spellings one phrase form', () => {
		expect(phraseForm('Tumour hypoxia')).toBe(phraseForm('tumor hypoxia'));
		expect(phraseForm('haemodynamic responses')).toBe(phraseForm('hemodynamic response'));
	});
});

/** The spelling read word by word over the whole text (`americanSpelling` before it looked only at hinted words). */
function everyWordSpelled(text: string): string {
	const hint = /our|ae|oe|tres?\b|ys(?:e|ing)|ll(?:ing|ed|ers?)\b|isation/;
	if (!hint.test(text)) return text;
	return text.replace(/[a-z]+/g, (word) => (hint.test(word) ? americanSpelling(word) : word));
}
