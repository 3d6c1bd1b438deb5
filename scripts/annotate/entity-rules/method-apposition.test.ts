import { describe, expect, it } from 'vitest';
import { methodApposition } from './method-apposition.ts';

const found = (abstract: string) =>
	methodApposition
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('methodApposition', () => {
	it('names a coined name set beside a kind of method or of software', () => {
		expect(found('We compare with PAIRED, a principled and popular UED method.')).toEqual(['PAIRED:method']);
		expect(found('In previous work we demonstrated DELI, an open-source library that resolves requests.')).toEqual(['DELI:method']);
		expect(found('Results agree with GromaX, a fast molecular simulator, and with OpenQL, a quantum programming language.')).toEqual(['GromaX:method', 'OpenQL:method']);
	});

	it('names a coined technique set beside "a … technology"', () => {
		expect(found('Libraries were read with BarSeqX, a barcode error-correction technology, in duplicate.')).toEqual(['BarSeqX:method']);
	});

	it('names a lower-case method set after "a different method," when the abstract discusses it again', () => {
		expect(found('Phases are usually read by zero crossing, but an alternative method, wavelet ridge tracking was proposed. Wavelet ridge tracking is slower.')).toEqual([
			'wavelet ridge tracking:method',
		]);
		expect(found('Another technique, careful reading, is used once.')).toEqual([]);
	});

	it('leaves an ordinary word before the kind', () => {
		expect(found('We use Python, a popular language, and Keras, a library.')).toEqual([]);
	});
});
