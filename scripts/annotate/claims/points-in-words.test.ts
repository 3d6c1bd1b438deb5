import { describe, expect, it } from 'vitest';
import { findPointsInWords } from './points-in-words.ts';

const amounts = (text: string) => findPointsInWords(text).map((v) => v.text);

describe('findPointsInWords', () => {
	// After the REM entry of unseen-first-hf-daily-2024-10-31.json.
	it('reads points and per cent in words that a change is by', () => {
		expect(amounts('It outperforms them by up to twelve points in region similarity.')).toEqual(['twelve points']);
		expect(amounts('Accuracy rose by twenty-five percentage points.')).toEqual(['twenty-five percentage points']);
		expect(amounts('Costs fell by about thirty percent.')).toEqual(['thirty percent']);
	});

	it('leaves points that are no amount, and points no change is by', () => {
		expect(amounts('We measured three points in time.')).toEqual([]);
		expect(amounts('Data were collected by two points of contact.')).toEqual([]);
	});
});
