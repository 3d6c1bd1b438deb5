import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRis } from './formats/ris.ts';
import { joinHyphenationMarks } from './hyphenation-marks.ts';

describe('joinHyphenationMarks', () => {
	it('joins a word split by a not sign at its hyphenation point', () => {
		expect(joinHyphenationMarks('NSBBs discontinu¬ation in patients hospita¬lized for decompensation')).toBe(
			'NSBBs discontinuation in patients hospitalized for decompensation',
		);
	});

	it('takes a soft hyphen out of a word', () => {
		expect(joinHyphenationMarks('a trial regis\u00ADtration number')).toBe('a trial registration number');
	});

	it('leaves a not sign that negates as written', () => {
		for (const text of ['the rule p ∧ ¬q holds', '¬p is false', 'if ¬(a ∨ b) then', 'the set A¬B', 'x¬y in a formula']) expect(joinHyphenationMarks(text)).toBe(text);
	});
});

/**
 * `fixtures/embase-ris/hyphenation-marks.ris`: one hand-written record in the shape of an Embase RIS
 * export (`T1` title, `N2` abstract, `JF` journal, `U2` Embase id), its abstract written for this
 * test, with the not signs and a soft hyphen a publisher's PDF leaves inside words.
 */
describe('parseRis on an Embase record with hyphenation marks in its abstract', () => {
	const fixture = readFileSync(new URL('./fixtures/embase-ris/hyphenation-marks.ris', import.meta.url), 'utf8');
	const [paper] = parseRis(fixture, 'embase.ris').papers;

	it('reads the words whole', () => {
		expect(paper!.abstract).toContain('albumin for hospitalized patients');
		expect(paper!.abstract).toContain('the discontinuation of diuretics');
		expect(paper!.abstract).toContain('A trial registration number');
		expect(paper!.abstract).not.toMatch(/[\u00AC\u00AD]\p{Ll}{2}/u);
	});

	it("keeps a formula's negation", () => {
		expect(paper!.abstract).toContain('p ∧ ¬q');
	});
});
