import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('atPressure, as a reading that makes a negative power of ten no result', () => {
	it('leaves a pressure a test ran at, alone or after another condition', () => {
		expect(values('The bearing ran at 77 K and 10−4 Pa for a week.')).toEqual([]);
		expect(values('Films were annealed at 10^-6 Torr.')).toEqual([]);
	});

	it('keeps a power of ten that is an error or a precision', () => {
		expect(values('The relative error stays below 10−5 at 77 K.')).toEqual(['10−5']);
		expect(values('The leak rate was below 10−9 Pa m3/s.')).toEqual(['10−9']);
	});
});
