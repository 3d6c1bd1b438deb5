import { describe, expect, it } from 'vitest';
import { writtenAsOwner } from './possessive-owners.ts';

describe('writtenAsOwner', () => {
	it('reads a phrase written before "\'s" nearly every time as the owner of a possessive', () => {
		// After the Alzheimer's papers of scripts/eval/listings/unseen-round30-drug-repurposing.txt.
		const texts = ["Alzheimer's disease (AD) is the main cause of dementia.", 'Drugs for Alzheimer’s disease failed.', "No drug slows Alzheimer's.", "Alzheimer's research"];
		expect(writtenAsOwner('Alzheimer', texts)).toBe(true);
		expect(writtenAsOwner('alzheimer', texts)).toBe(true);
	});

	it('keeps a name the papers also write on its own, and one they never write', () => {
		expect(writtenAsOwner('Hesiod', ["Hesiod's Theogony", 'Hesiod and Homer', 'Hesiod wrote of work'])).toBe(false);
		expect(writtenAsOwner('Alzheimer', ['Alzheimer disease risk', "Alzheimer's disease"])).toBe(false);
		expect(writtenAsOwner('Parkinson', ['A study of tremor.'])).toBe(false);
		// "'s" that begins a longer word is no possessive.
		expect(writtenAsOwner('Smith', ["Smith'sson wrote", 'Smith wrote'])).toBe(false);
	});
});
