import { describe, expect, it, vi } from 'vitest';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { splitSentences } from '../sentences.ts';
import { CueGate, KEPT_SCANS, textCues } from './cue-gate.ts';
import { anchoredAtStart, requiredWords } from './cue-words.ts';
// The modules whose cues go through the shared gate.
import './background-statement.ts';
import './finding-statement.ts';
import './summary.ts';
import './tldr.ts';

describe('requiredWords', () => {
	it('reads a word, the alternatives of a group and the optional endings multiplied out', () => {
		expect(requiredWords(/\bhowever\b/i)).toEqual(['however']);
		expect(requiredWords(/\b(?:despite|although|yet)\b/i)).toEqual(['although', 'despite', 'yet']);
		// "challenges" holds "challenge": the shorter word is enough.
		expect(requiredWords(/\bchalleng(?:e|es|ing)\b/i)).toEqual(['challenge', 'challenging']);
		expect(requiredWords(/\b(?:is|are) (?:still )?needed\b/)).toEqual(['are needed', 'are still needed', 'is needed', 'is still needed']);
	});

	it('chooses the most telling part of a sequence, lower-cased', () => {
		expect(requiredWords(/\b(?:We|I)\s+(?:\w+\s+)?(?:Propos|Introduc)(?:e|ed)\b/)).toEqual(['introduce', 'propose']);
		expect(requiredWords(/\bfoo[A-Z]bar/)).toEqual(['foo']);
		expect(requiredWords(/[Pp]hase one/)).toEqual(['phase one']);
	});

	it('requires what a positive lookaround requires, and nothing of a negative one or an optional part', () => {
		expect(requiredWords(/(?<=\bby\s)orders/)).toEqual(['orders']);
		expect(requiredWords(/\s+(?=Background)/)).toEqual(['background']);
		expect(requiredWords(/(?<!nothing )\d+(?:times)?/)).toBeNull();
	});

	it('gives no words where any text could match, or where case folding reaches outside ASCII', () => {
		expect(requiredWords(/\d+\s*%/)).toBeNull();
		expect(requiredWords(/\b(?:we|I)\b/i)).toBeNull(); // one letter is no gate
		expect(requiredWords(/a|\w+b/)).toBeNull();
		expect(requiredWords(/stress/iu)).toBeNull(); // "ſ" folds to "s" under `u` and `i`
		expect(requiredWords(/é+t[\u00C0-\u00D6]/)).toBeNull();
	});
});

describe('anchoredAtStart', () => {
	it('tells patterns tried at the start only', () => {
		expect(anchoredAtStart(/^(?:first|second),\s/i)).toBe(true);
		expect(anchoredAtStart(/^a|^b/)).toBe(true);
		expect(anchoredAtStart(/^if\b|\bwhen\b/i)).toBe(false);
		expect(anchoredAtStart(/(?:^a)|b/)).toBe(false);
		expect(anchoredAtStart(/^a/m)).toBe(false);
	});
});

describe('CueGate', () => {
	it('answers as the pattern does, also over more texts than it keeps scans of', () => {
		const gate = new CueGate();
		const pattern = /\b(?:propos|introduc)(?:e|es|ed)\b/i;
		const cue = gate.add(pattern);
		const texts = Array.from({ length: KEPT_SCANS + 80 }, (_, i) => (i % 3 === 0 ? `Text ${i}: we PROPOSE a method.` : i % 3 === 1 ? `Text ${i}: a proposal.` : `Text ${i}: nothing.`));
		for (const text of [...texts, ...texts.reverse()]) {
			expect(cue.test(text)).toBe(pattern.test(text));
			expect(cue.exec(text)?.index).toBe(pattern.exec(text)?.index);
		}
	});

	it('scans a text once when a group of papers is read by one rule, then again by the next', () => {
		const gate = new CueGate();
		const cue = gate.add(/\bwe propose\b/i);
		const scan = vi.spyOn(gate as unknown as { scan(text: string, may: Uint8Array): void }, 'scan');
		const group = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? `Sentence ${i}: we propose a method.` : `Sentence ${i}: a method.`));
		const first = group.map((text) => cue.test(text));
		const second = group.map((text) => cue.test(text));
		expect(second).toEqual(first);
		expect(first.filter(Boolean)).toHaveLength(150);
		expect(scan).toHaveBeenCalledTimes(300);
	});

	it('gives back unchanged a pattern it cannot gate', () => {
		const gate = new CueGate();
		const global = /\bfoo\b/g;
		const anchored = /^foo/;
		expect(gate.add(global)).toBe(global);
		expect(gate.add(anchored)).toBe(anchored);
		expect(gate.gated()).toEqual([]);
	});

	it('gates the text rules’ cues soundly: every match of a cue holds one of its words', () => {
		const sentences = loadSeedPapers().flatMap((paper) => [paper.title, ...splitSentences(paper.abstract).map((s) => s.text)]);
		const texts = [...sentences, ...sentences.map((s) => s.toUpperCase()), 'We propose X.', 'In this paper, it is shown that Y.', 'Existing methods struggle.'];
		const cues = textCues.gated();
		expect(cues.length).toBeGreaterThan(40);
		let matched = 0;
		for (const { pattern, words } of cues) {
			for (const text of texts) {
				if (!pattern.test(text)) continue;
				matched++;
				const lower = text.toLowerCase();
				expect(words.some((word) => lower.includes(word)), `${pattern} on "${text}"`).toBe(true);
			}
		}
		expect(matched).toBeGreaterThan(500);
	});

	it('lets a pattern run exactly where the text holds one of its words, overlapping words too', () => {
		const gate = new CueGate();
		const cues = [/\bhers\b/i, /\bshe said\b/i, /\bhe\b/i, /\bushering\b/i, /\bring-fenced\b/i, /\bwon't\b/i];
		cues.forEach((pattern) => gate.add(pattern));
		const words = gate.gated().map((cue) => cue.words);
		const texts = ['USHERS said', 'she saidhe', 'ushering ring-fenced', 'he won’t', "won't", 'shhers', 'résumé she', 'ring fenced', ''];
		for (const text of texts) {
			const lower = text.toLowerCase();
			words.forEach((required, i) => expect(gate.mayMatch(text, i), `${cues[i]} on "${text}"`).toBe(required.some((word) => lower.includes(word))));
		}
	});

	it('finds the text rules’ words where they stand in the seed’s sentences, as a search for each word does', () => {
		const texts = loadSeedPapers().flatMap((paper) => [paper.title, ...splitSentences(paper.abstract).map((s) => s.text)]);
		const words = textCues.gated().map((cue) => cue.words);
		for (const text of texts) {
			const lower = text.toLowerCase();
			words.forEach((required, i) => expect(textCues.mayMatch(text, i)).toBe(required.some((word) => lower.includes(word))));
		}
	});
});
