import { describe, expect, it } from 'vitest';
import { capitalsHeading } from './capitals-heading.ts';

describe('capitalsHeading', () => {
	it('reads a heading of one to four words in capitals before a colon, joining words and commas included', () => {
		// Expert Opinion's review headings (scripts/eval/listings/unseen-round30-drug-repurposing.txt).
		expect(capitalsHeading('AREAS COVERED: This article reviews key drugs.')).toBe('AREAS COVERED:');
		expect(capitalsHeading('EXPERT OPINION: Anti-Aβ drugs have failed.')).toBe('EXPERT OPINION:');
		// A case report's (unseen-round24-spinal-infection.nbib) and JAMA's.
		expect(capitalsHeading('PATIENT CONCERNS: A 23-year old female was scheduled for surgery.')).toBe('PATIENT CONCERNS:');
		expect(capitalsHeading('DIAGNOSES: Imaging showed an abscess.')).toBe('DIAGNOSES:');
		expect(capitalsHeading('LEVEL OF EVIDENCE: 2.')).toBe('LEVEL OF EVIDENCE:');
		expect(capitalsHeading('DESIGN, SETTING, AND PARTICIPANTS: A cohort study of adults.')).toBe('DESIGN, SETTING, AND PARTICIPANTS:');
		expect(capitalsHeading('FOLLOW-UP: Two years.')).toBe('FOLLOW-UP:');
	});

	it('takes no acronym before a colon for a heading: a short word alone, or one with a digit', () => {
		expect(capitalsHeading('NMDA: a receptor of glutamate.')).toBeNull();
		expect(capitalsHeading('BRCA1: a tumour suppressor gene.')).toBeNull();
		expect(capitalsHeading('GLUE: a benchmark of tasks.')).toBeNull();
	});

	it('reads nothing but capitals, at the start, before a colon and a space', () => {
		expect(capitalsHeading('Areas covered: This article reviews key drugs.')).toBeNull();
		expect(capitalsHeading('We review AREAS COVERED: by law.')).toBeNull();
		expect(capitalsHeading('RATIO:3 was used.')).toBeNull();
		expect(capitalsHeading('THE FIVE MAIN KEY POINTS OF CARE: rest.')).toBeNull();
	});
});
