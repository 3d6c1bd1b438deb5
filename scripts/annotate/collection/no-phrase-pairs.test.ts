import { describe, expect, it } from 'vitest';
import { readsAsNoPhrase } from './no-phrase-pairs.ts';

describe('readsAsNoPhrase', () => {
	it('reads an "-ing" word that takes a complement everywhere as a clause\'s start', () => {
		// Round 26's Anopheles BibTeX: "species belonging" was a reason between two mosquito surveys.
		expect(readsAsNoPhrase('species belonging', ['of the species belonging to the subgenus anopheles', 'all species belonging to it'])).toBe(true);
		expect(readsAsNoPhrase('children living', ['children living in poverty'])).toBe(true);
	});

	it('reads a word after "to", "not" or a modal as a verb', () => {
		// Round 33's telomere RIS: "influence offspring" of "parental age does not influence offspring telomeres".
		expect(readsAsNoPhrase('influence offspring', ['parental age does not influence offspring telomeres', 'age may also influence offspring survival'])).toBe(true);
		// "to" before a word that is no verb is a preposition.
		expect(readsAsNoPhrase('digital twin', ['applied to digital twin platforms'])).toBe(false);
	});

	it('reads a pair that ends in an adjective always followed by a word as the cut front of a phrase', () => {
		// Round 36's forest-restoration RIS: two papers related by "generalized linear".
		expect(readsAsNoPhrase('generalized linear', ['generalized linear mixed models', 'with generalized linear models'])).toBe(true);
		expect(readsAsNoPhrase('support sustainable', ['to support sustainable development'])).toBe(true);
		// An adjective that ends the phrase somewhere is a noun there.
		expect(readsAsNoPhrase('membrane potential', ['the membrane potential of cells', 'membrane potential dynamics'])).toBe(false);
	});

	it('reads a pair joined to a number by a hyphen everywhere as cut from a measure', () => {
		// Round 41's liver-disease RIS: papers on cirrhosis related by "day mortality" of "28-day" and "90-day mortality".
		expect(readsAsNoPhrase('day mortality', ['28-day mortality was 20%', 'ACLF and 90-day mortality, and 28-day mortality'])).toBe(true);
		expect(readsAsNoPhrase('year survival', ['the 5-year survival rate', 'a 10–year survival'])).toBe(true);
		// Written once without the number, the pair is a phrase of its own.
		expect(readsAsNoPhrase('day mortality', ['28-day mortality was 20%', 'day mortality after surgery'])).toBe(false);
	});

	it('reads a pair ending in a verb that is no noun as a subject and its verb', () => {
		// Round 32's fracture-of-epoxies list: papers related by "failure occurs"; round 25's anthropology list by "Descola argues".
		expect(readsAsNoPhrase('failure occurs', ['the time until a failure occurs', 'if a failure occurs, the tree'])).toBe(true);
		expect(readsAsNoPhrase('descola argues', ['Descola argues that'])).toBe(true);
		// A plural noun that is a verb too stays a phrase: "surfaces", "rates".
		expect(readsAsNoPhrase('tool surfaces', ['wear of tool surfaces'])).toBe(false);
		expect(readsAsNoPhrase('heart rates', ['heart rates rose'])).toBe(false);
	});

	it('reads a number after an "-ing" word as its object', () => {
		expect(readsAsNoPhrase('dataset comprising', ['a dataset comprising 1000 images'])).toBe(true);
	});

	it('keeps a pair one occurrence of which reads as a noun phrase', () => {
		expect(readsAsNoPhrase('machine learning', ['machine learning in health care', 'we train machine learning models'])).toBe(false);
		expect(readsAsNoPhrase('machine learning', ['we apply machine learning.'])).toBe(false);
		expect(readsAsNoPhrase('parental care', ['parental care of the young'])).toBe(false);
		expect(readsAsNoPhrase('offspring influence', ['the offspring influence to be measured'])).toBe(false);
	});

	it('is false for a pair the texts never write', () => {
		expect(readsAsNoPhrase('species belonging', ['species that belong to the subgenus'])).toBe(false);
	});
});
