import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { subjectOpening } from './subject-opening.ts';

// The pattern the reader stands for, compiled for every sentence: each hyphen or space of the name read as either.
const pattern = (name: string) =>
	new RegExp(String.raw`^(?:the\s+)?${name.split(/[- ]/).map(escapeRegExp).join('[- ]')}(?:\s*(?:[,(]|[-–—]\s)[^.;]{1,80}?(?:[,)]|\s?[-–—]))?\s*(?=[a-z])`, 'i');

const cases: [string, string][] = [
	['Anton 2', 'Anton 2 is a second-generation supercomputer.'],
	['CommonRoad Drivability Checker', 'The CommonRoad Drivability Checker— an open-source toolbox—unifies checks.'],
	['CommonRoad Drivability Checker', 'the   commonroad drivability checker (our toolbox) unifies checks.'],
	['RAMario', 'RAMARIO, a new agent, plays.'],
	['RAMario', 'We present RAMario.'],
	['RAMario', 'RAMario.'],
	['The Pile', 'The Pile is a dataset.'],
	['The Pile', 'The the Pile is a dataset.'],
	['ObsPy', 'ObsPy - a library - reads data.'],
	['Café-Net', 'CAFÉ-NET is a model.'],
	['Café-Net', 'Café-Net is a model.'],
	['Café-Net', 'CafX-Net is a model.'],
	['K2', '\u212a2 is a model.'],
	['S4', '\u017f4 is a model.'],
	['GPT-4.1', 'GPT-4.1 solves it.'],
	['GPT-4.1', 'GPT-4x1 solves it.'],
	['Anton 2', 'the\u00a0Anton 2 — a machine — runs fast.'],
	['Anton 2', 'Anton 2 (a machine with a very long aside that goes on and on past eighty characters of text) runs.'],
	['Anton 2', 'Anton 2, 3 and 4 run.'],
	['Anton 2', 'Anton 2'],
	['Anton 2', 'THE ANTON 2 IS FAST.'],
	['Anton 2', 'The Anton 22 is fast.'],
	// After 2602.21818 (SkyReels-V4) of scripts/eval/listings/unseen-round33-hf-daily-2026-02-26.json, whose abstract drops hyphens.
	['SkyReels-V4', 'SkyReels V4 is a unified video foundation model.'],
	['Anton 2', 'Anton-2 is a machine.'],
	['Café-Net', 'Café Net is a model.'],
];

describe('subjectOpening', () => {
	it.each(cases)('reads %s in "%s" as its pattern does', (name, sentence) => {
		expect(subjectOpening(name)(sentence)).toBe(pattern(name).exec(sentence)?.[0].length ?? 0);
	});

	it('gives the opening up to the verb', () => {
		expect(subjectOpening('Anton 2')('Anton 2 is a supercomputer.')).toBe('Anton 2 '.length);
		expect(subjectOpening('RAMario')('We present RAMario.')).toBe(0);
	});

	it('reads a hyphen of the name written as a space, and a space written as a hyphen', () => {
		expect(subjectOpening('SkyReels-V4')('SkyReels V4 is a unified video foundation model.')).toBe('SkyReels V4 '.length);
		expect(subjectOpening('Anton 2')('Anton-2 is a machine.')).toBe('Anton-2 '.length);
		expect(subjectOpening('SkyReels-V4')('SkyReels.V4 is a model.')).toBe(0);
	});
});
