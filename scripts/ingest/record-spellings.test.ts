import { describe, expect, it } from 'vitest';
import { recordSpellings, venueSpelledAsConference } from './record-spellings.ts';

describe('recordSpellings', () => {
	it('keys the words written with two capitals or more by the word in capitals', () => {
		const spellings = recordSpellings(['6th ACM Conference on Fairness, Accountability, and Transparency (FAccT)']);
		expect(Object.fromEntries(spellings)).toEqual({ ACM: 'ACM', FACCT: 'FAccT' });
	});

	it('leaves out a word the texts write in two ways, and texts all in capitals', () => {
		expect(recordSpellings(['Symposium on Ethics in Engineering (IEEE ETHICS)']).has('ETHICS')).toBe(false);
		expect(recordSpellings(['PROCEEDINGS OF KDD 2020', undefined]).size).toBe(0);
	});
});

describe('venueSpelledAsConference', () => {
	it("cases a proceedings volume in capitals with the acronyms of the conference's own name", () => {
		expect(
			venueSpelledAsConference(
				"KDD '20: PROCEEDINGS OF THE 26TH ACM SIGKDD INTERNATIONAL CONFERENCE ON KNOWLEDGE DISCOVERY & DATA MINING",
				'26th ACM SIGKDD International Conference on Knowledge Discovery and Data Mining (KDD)',
			),
		).toBe("KDD '20: Proceedings of the 26th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining");
	});

	it('leaves a name in its own casing, and a name without a conference, as title-casing alone writes it', () => {
		expect(venueSpelledAsConference('Knowledge-Based Systems', 'KBS')).toBe('Knowledge-Based Systems');
		expect(venueSpelledAsConference('ETHICS AND INFORMATION TECHNOLOGY', undefined)).toBe('Ethics and Information Technology');
		expect(venueSpelledAsConference(undefined, 'KDD')).toBeUndefined();
	});
});
