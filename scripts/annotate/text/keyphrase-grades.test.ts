import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';

const candidates = (text: string) => extractKeyphraseCandidates(text).map((c) => c.text);

describe('high and low grading a modifier', () => {
	it('keeps the grade with the noun it grades, in optics, hydrology and aerodynamics wording', () => {
		const optics = candidates('We built a high resolution objective lens for high resolution imaging of quantum gases.');
		expect(optics).toContain('high resolution objective lens');
		expect(optics).toContain('high resolution imaging');
		expect(optics).not.toContain('resolution objective lens');
		expect(optics).not.toContain('resolution imaging');
		expect(candidates('The model predicts low flow variables well.')).toEqual(['low flow variables']);
		expect(candidates('We tested high lift configurations.')).toEqual(['high lift configurations']);
	});

	it('keeps what the pair modifies as a phrase of its own', () => {
		expect(candidates('Low frequency EEG activity rose after training.')).toEqual(['Low frequency EEG activity', 'EEG activity']);
	});

	it('still trims a grade before a general noun or before the head itself', () => {
		expect(candidates('It was trained on high quality data.')).toEqual(['quality data']);
		expect(candidates('The detector reaches high sensitivity.')).not.toContain('high sensitivity');
		expect(candidates('Trios show a low germline mutation rate.')).toEqual(['germline mutation rate', 'mutation rate']);
	});
});
