import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { filterKeyphrases } from './keyphrase-filters.ts';
import { isNamePiece } from './keyphrase-name-pieces.ts';

const kept = (text: string) => filterKeyphrases(extractKeyphraseCandidates(text), { text, acronyms: [] }).map((c) => c.text);

describe('isNamePiece', () => {
	it('is true for a general word the abstract writes only inside a capitalised name', () => {
		expect(isNamePiece('Verification', 'We introduce DAVinCI, a Dual Attribution and Verification framework for claims.')).toBe(true);
		expect(isNamePiece('Lakes', 'We used flow data from Great Lakes tributaries. The northern Great Lakes watershed is calm.')).toBe(true);
		expect(isNamePiece('Layers', 'We introduce Dr.LLM, Dynamic routing of Layers for LLMs, a retrofittable framework.')).toBe(true);
	});
	it('is false where the word stands beside lower-case words, opens a sentence alone, or is also written in lower case', () => {
		expect(isNamePiece('Twitter', 'We study Twitter users and their posts.')).toBe(false);
		expect(isNamePiece('Sorghum', 'Sorghum was grown beside maize. Yields rose.')).toBe(false);
		expect(isNamePiece('Memory', 'GEMS adds Memory and Skills to agents. Its memory persists across runs.')).toBe(false);
		expect(isNamePiece('Climate', 'The model ARPEGE/Climate was run to simulate present climate.')).toBe(false);
	});
	it('is false beside a place a preposition leads to, or a capitalised word that only opens the sentence', () => {
		expect(isNamePiece('Farmers', 'Farmers in Kenya ran a two-year study of drip irrigation.')).toBe(false);
		expect(isNamePiece('Lakes', 'The Lakes were sampled twice.')).toBe(false);
	});
	it('is false for a word outside general English, which may be a name of its own', () => {
		expect(isNamePiece('Sagittarius', 'We model flares of Sagittarius A* with a boson star.')).toBe(false);
	});
});

describe('name-pieces filter', () => {
	it('leaves out the last word of a name cut at "and", and keeps the phrases beside it', () => {
		// An opinion piece of round 34's waste-reduction listing, as its abstract writes the magazine's name.
		const text = 'In this article, Solid Waste and Power presents an opinion on source reduction. Solid Waste and Power welcomes further dialogue on program planning.';
		const before = extractKeyphraseCandidates(text).map((c) => c.text);
		expect(before).toContain('Power');
		expect(kept(text)).not.toContain('Power');
		expect(kept(text)).toContain('source reduction');
		expect(kept(text)).toContain('program planning');
	});
});
