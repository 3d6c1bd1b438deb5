import { describe, expect, it } from 'vitest';
import { exemplifiedSystems } from './exemplified-systems.ts';

const names = (abstract: string) =>
	exemplifiedSystems
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('exemplifiedSystems', () => {
	// After the ObsPy entry of scripts/eval/listings/unseen-seismology.bib.
	it('takes each capitalised item listed as an example of a kind of software', () => {
		expect(names('Data acquisition relies on real-time systems, like SeisComP3, Antelope and Earthworm.')).toEqual(['SeisComP3', 'Antelope', 'Earthworm']);
		expect(names('Models were fitted with packages such as Stan and JAGS.')).toEqual(['Stan', 'JAGS']);
	});

	// Coding agents and assistants compared with, as software engineering and machine learning name them.
	it('takes agents and tools listed as examples, up to the first item that is no name', () => {
		expect(names('It outperforms commercial agents such as Cursor and Claude Code, and crucially, surpasses experts.')).toEqual(['Cursor', 'Claude Code']);
		expect(names('Developers use tools like Copilot and other assistants.')).toEqual(['Copilot']);
	});

	it('stops at the first item that is no name, and leaves examples of other kinds', () => {
		expect(names('Systems such as these and Earthworm were compared.')).toEqual([]);
		expect(names('Regions like Europe and Asia were studied.')).toEqual([]);
	});
});
