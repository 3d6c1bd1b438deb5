import { describe, expect, it } from 'vitest';
import { opensOnPatient, tellsCase } from './case-narrative.ts';

describe('tellsCase', () => {
	it('reads the story of a case report from the patient to the first sentence of its outcome', () => {
		expect(
			tellsCase([
				'Septic arthritis of the hip is rare in adults.',
				'We present a case of a 7-year-old girl with hip pain.',
				'Ultrasound revealed an effusion.',
				'She underwent arthrotomy.',
				'She was discharged on day 12.',
				'Early imaging matters.',
			]),
		).toEqual([false, true, true, true, false, false]);
	});

	it('reads no story where no patient is introduced, nor in "a two-year study" or "two case studies"', () => {
		expect(tellsCase(['A two-year study evaluates a service.', 'Farmers adopt inputs.'])).toEqual([false, false]);
		expect(tellsCase(['We present two case studies of bridges.', 'Both were repaired.'])).toEqual([false, false]);
	});
});

describe('opensOnPatient', () => {
	it('reads an opening on the patient by age or by a description', () => {
		expect(opensOnPatient('A 23-year old female was scheduled for surgery.')).toBe(true);
		expect(opensOnPatient('An 80-year-old man fell at home.')).toBe(true);
		expect(opensOnPatient('A middle-aged man was admitted with hip pain.')).toBe(true);
		expect(opensOnPatient('A middle-aged population was surveyed.')).toBe(false);
	});
});
