import { describe, expect, it } from 'vitest';
import { isNameShaped, stripSentenceOpener } from './name-shapes.ts';

const data = { software: false, kind: 'dataset' as const };
const software = { software: true, kind: 'method' as const };

describe('isNameShaped', () => {
	it('takes several capitalised words, a coined word, or a plain word before a noun for software', () => {
		expect(isNameShaped(['Privacy', 'Rights', 'Clearinghouse'], data)).toBe(true);
		expect(isNameShaped(['CanRCM4'], { software: false, kind: 'model' })).toBe(true);
		expect(isNameShaped(['ERA5'], data)).toBe(true);
		expect(isNameShaped(['Keras'], software)).toBe(true);
		expect(isNameShaped(['Harvard-Oxford'], software)).toBe(true);
	});

	it('takes capitals joined by a hyphen as a coined word, as a format or a standard is named', () => {
		expect(isNameShaped(['PROV-XML'], { software: false, kind: 'method' })).toBe(true);
		expect(isNameShaped(['GEO-TIFF'], data)).toBe(true);
		expect(isNameShaped(['COVID-19'], data)).toBe(false);
	});

	it('leaves adjectives, languages, formulae, pathogens, acronyms and kinds of network', () => {
		expect(isNameShaped(['Keras'], data)).toBe(false);
		expect(isNameShaped(['Bayesian'], software)).toBe(false);
		expect(isNameShaped(['Python'], software)).toBe(false);
		expect(isNameShaped(['CO2'], data)).toBe(false);
		expect(isNameShaped(['COVID-19'], data)).toBe(false);
		expect(isNameShaped(['MRI'], data)).toBe(false);
		expect(isNameShaped(['MRI', 'BOLD'], data)).toBe(false);
		expect(isNameShaped(['Artificial', 'Neural'], { software: false, kind: 'model' })).toBe(false);
		expect(isNameShaped(['Monte', 'Carlo'], { software: false, kind: 'method' })).toBe(false);
		expect(isNameShaped(['SL-based', 'RL'], { software: false, kind: 'method' })).toBe(false);
	});
});

describe('stripSentenceOpener', () => {
	it('drops a word that only opens the sentence, and a plain word capitalised by its place', () => {
		expect(stripSentenceOpener('The Medicare Hospital Compare data', 0, 'The Medicare Hospital Compare')).toBe('Medicare Hospital Compare');
		expect(stripSentenceOpener('Done. Repairing software is hard.', 6, 'Repairing')).toBeUndefined();
		expect(stripSentenceOpener('with the Keras library', 9, 'Keras')).toBe('Keras');
	});

	it('drops a verb opening the sentence before a word title case does not make, but not a name’s first word', () => {
		expect(stripSentenceOpener('Ranking LLM-written code is hard.', 0, 'Ranking LLM-written')).toBe('LLM-written');
		expect(stripSentenceOpener('Building Information Modeling software helps.', 0, 'Building Information Modeling')).toBe('Building Information Modeling');
	});
});

// unseen-round32 space tourism: "Applying Granular Interaction Thinking Theory (GITT), we explore …", read with "Applying".
describe('stripSentenceOpener, before the method a sentence states', () => {
	it('drops a verb that takes the method, as "Using" does', () => {
		expect(stripSentenceOpener('Applying Social Exchange Theory (SET), we test it.', 0, 'Applying Social Exchange Theory')).toBe('Social Exchange Theory');
		expect(stripSentenceOpener('Done. Employing Item Response Theory, we scale it.', 6, 'Employing Item Response Theory')).toBe('Item Response Theory');
	});
});
