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

	// The hypoxia export of PRIMAFF-WAKAMATSU/PICESWG49_bibliometrix (savedrecs.txt) made a topic of each spelling.
	it('makes both spellings one phrase form', () => {
		expect(phraseForm('Tumour hypoxia')).toBe(phraseForm('tumor hypoxia'));
		expect(phraseForm('haemodynamic responses')).toBe(phraseForm('hemodynamic response'));
	});
});
