import { describe, expect, it } from 'vitest';
import { wholePhrase, wholeReasons } from './whole-shared-phrases.ts';

// Two sentences made after round 38's MALDI-TOF list, both writing the whole name, lower case as the related search reads them.
const maldi = [
	'we used matrix-assisted laser desorption/ionization time-of-flight mass spectrometry (maldi-tof ms) spectra of 300 isolates.',
	'matrix-assisted laser desorption/ionization time-of-flight mass spectrometry identifies bacteria; machine learning algorithms classify them.',
];

describe('wholePhrase', () => {
	it('reads a cut reason out to the name both texts always write it in', () => {
		expect(wholePhrase('time-of-flight mass', maldi)).toBe('matrix-assisted laser desorption/ionization time-of-flight mass spectrometry');
		expect(wholePhrase('learning algorithms', ['machine learning algorithms such as svm', 'two machine learning algorithms.'])).toBe('machine learning algorithms');
	});

	it('keeps a phrase the texts write with different words beside it', () => {
		expect(wholePhrase('machine learning', ['machine learning models', 'machine learning is used'])).toBe('machine learning');
		expect(wholePhrase('random forest', ['a random forest classifier', 'the random forest.'])).toBe('random forest');
	});

	it('takes no function word, adverb or word across punctuation', () => {
		expect(wholePhrase('wind energy', ['of wind energy, which', 'of wind energy. it'])).toBe('wind energy');
		expect(wholePhrase('neural networks', ['neural networks significantly outperform', 'neural networks significantly improve'])).toBe('neural networks');
		// A verb or a preposition every time after or before it (the agri-extension and round 14's music-retrieval lists).
		expect(wholePhrase('regression models', ['regression models were fitted', 'the regression models were significant'])).toBe('regression models');
		expect(wholePhrase('fixed-pitch instruments', ['unlike fixed-pitch instruments, voice', 'unlike fixed-pitch instruments the'])).toBe('fixed-pitch instruments');
		expect(wholePhrase('deep models', ['deep models using attention', 'deep models using graphs'])).toBe('deep models');
		expect(wholePhrase('density functional theory', ['using density functional theory, we', 'by using density functional theory.'])).toBe('density functional theory');
		expect(wholePhrase('developmental sequence', ['a developmental sequence leading to', 'the developmental sequence leading to'])).toBe('developmental sequence');
		expect(wholePhrase('average human biting rates', ['the highest average human biting rates', 'highest average human biting rates'])).toBe('average human biting rates');
	});

	it('reads only whole words', () => {
		expect(wholePhrase('deep learning', ['deep learnings models', 'deep learning models'])).toBe('deep learning');
	});
});

describe('wholeReasons', () => {
	it('joins two cut pieces of one name and drops a reason the longer one says', () => {
		expect(wholeReasons(['time-of-flight mass', 'matrix-assisted laser desorption', 'mass spectrometry'], maldi)).toEqual([
			'matrix-assisted laser desorption/ionization time-of-flight mass spectrometry',
		]);
	});

	it('leaves names with capitals as they are', () => {
		expect(wholeReasons(['MALDI-TOF MS', 'time-of-flight mass'], maldi)).toEqual(['MALDI-TOF MS', 'matrix-assisted laser desorption/ionization time-of-flight mass spectrometry']);
	});

	it('leaves a reason both pages show as it is, though both texts write it inside a longer phrase', () => {
		const texts = ['we probe the symbolic regression abilities of small models.', 'symbolic regression abilities emerge with scale.'];
		expect(wholeReasons(['symbolic regression'], texts)).toEqual(['symbolic regression abilities']);
		expect(wholeReasons(['symbolic regression'], texts, (label) => label === 'symbolic regression')).toEqual(['symbolic regression']);
	});
});
