import { describe, expect, it } from 'vitest';
import { bothShow, shownKey, shownPhrases } from './shown-reasons.ts';

const never = () => false;

describe('shownKey', () => {
	it('compares phrases by their lower-case, singular words, a hyphen as a space', () => {
		expect(shownKey('Few-Shot Tree Species Maps')).toBe(shownKey('few-shot tree species map'));
		expect(shownKey('In-Context Learning Capabilities')).toBe('in context learning capability');
	});
});

describe('bothShow', () => {
	const mine = shownPhrases(['Kalman filter', 'sensor fusion', 'drift correction']);
	const theirs = shownPhrases(['sensor fusion', 'Kalman filters', 'indoor positioning']);

	it('names a longer reason neither page shows by the longest phrase it holds that both pages show', () => {
		expect(bothShow('sensor fusion pipelines', mine, theirs, never)).toBe('sensor fusion');
		expect(bothShow('extended kalman filter variants', mine, theirs, never)).toBe('Kalman filter');
	});

	it('keeps a reason either page shows, and one holding no phrase both show', () => {
		expect(bothShow('drift correction', mine, theirs, never)).toBe('drift correction');
		expect(bothShow('drift correction step', mine, theirs, never)).toBe('drift correction step');
		expect(bothShow('sensor fusion', mine, shownPhrases([]), never)).toBe('sensor fusion');
	});

	it('reads whole words only, and never a phrase that is the collection\'s theme', () => {
		expect(bothShow('multisensor fusion pipelines', mine, theirs, never)).toBe('multisensor fusion pipelines');
		expect(bothShow('sensor fusion pipelines', mine, theirs, (pair) => pair === 'sensor fusion')).toBe('sensor fusion pipelines');
	});
});
