import { describe, expect, it } from 'vitest';
import { reviewsRecords } from './record-review.ts';
import { statementCues } from './summary-statements.ts';

describe('reviewsRecords', () => {
	// Invented sentences of clinical and veterinary methods sections.
	it('reads a search or review of records as the study design', () => {
		expect(reviewsRecords('A retrospective search of our archives for canine lymphomas (2010-2015) was performed.')).toBe(true);
		expect(reviewsRecords('Retrospective review of the files of two clinics identified 40 horses with colic.')).toBe(true);
		expect(reviewsRecords('A review of the medical records of all calves was conducted.')).toBe(true);
	});

	it('leaves a review of the literature and a review the sentence reports on', () => {
		expect(reviewsRecords('A review of published studies suggests a link between diet and colic.')).toBe(false);
		expect(reviewsRecords('The files were reviewed by two pathologists.')).toBe(false);
	});

	it('is evidence for the approach among the statement cues', () => {
		expect(statementCues('A retrospective search of our archives for canine lymphomas (2010-2015) was performed.').approach).toBeGreaterThan(0);
	});
});
