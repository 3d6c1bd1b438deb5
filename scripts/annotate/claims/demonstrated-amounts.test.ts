import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findDemonstratedAmounts } from './demonstrated-amounts.ts';

const amounts = (text: string) => findDemonstratedAmounts(text).map((v) => v.text);

describe('findDemonstratedAmounts', () => {
	it('reads the amounts in the subject of a passive verb of demonstrating or attaining', () => {
		expect(amounts('A peak power of 1.2 kW and an efficiency of 91% were demonstrated.')).toEqual(['1.2 kW', '91%']);
		expect(amounts('In bench tests, a closing speed of 0.4 m/s was achieved.')).toEqual(['0.4 m/s']);
	});

	it('reads the amounts in the object of an active verb, not the condition after "at"', () => {
		expect(amounts('The gripper achieved a holding force of 35 N at 2 Hz.')).toEqual(['35 N']);
		expect(amounts('The pump exhibits a flow rate of 12 L/min and a head of 3 m; it runs at 50 Hz.')).toEqual(['12 L/min', '3 m']);
	});

	it('reads a stiffness and a backlash a drive is shown to have, in the units of rotation', () => {
		expect(amounts('The prototype showed a torsional stiffness of 35 Nm/rad and a backlash of 1.5 arcmin.')).toEqual(['35 Nm/rad', '1.5 arcmin']);
	});

	it('reads how long a demonstration held, counted in a plural noun', () => {
		expect(amounts('Stable operation at 77 K was demonstrated for more than 2 million load cycles.')).toEqual(['2 million']);
		expect(amounts('Hovering was verified for over 40 minutes.')).toEqual(['40']);
	});

	it('leaves a total gathered, test conditions, and a run no demonstration states', () => {
		expect(amounts('A total of 40 h of recordings was obtained.')).toEqual([]);
		expect(amounts('Tests were run at 77 K and 5 Pa for 3 hours.')).toEqual([]);
		expect(amounts('The cells were maintained for 24 hours at 37 °C.')).toEqual([]);
		expect(amounts('A mass of 2 kg was placed on the platform.')).toEqual([]);
		expect(amounts('It ran at a voltage of 1.2 V, under which an output of 40 mW was obtained.')).toEqual(['40 mW']);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('A maximum thrust of 8 N and an efficiency of 72% were demonstrated.').map((v) => v.text)).toEqual(['8 N', '72%']);
	});
});
