import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findFiguresOfMerit } from './figures-of-merit.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const figures = (text: string) => findFiguresOfMerit(text).map((v) => v.text);
const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('findFiguresOfMerit', () => {
	// Electrocatalysis, as Web of Science's plain text writes its units (after round 39's graphene listing).
	it('reads the amounts electrochemical figures of merit are given, with or without "of"', () => {
		expect(figures('The composite showed excellent activity for HER with onset potential 50 mV, a Tafel slope of 46 mV decade(-1) and a large current.')).toEqual([
			'50 mV',
			'46 mV decade(-1)',
		]);
		expect(figures('Performance is shown as a low onset potential of -50.3 mV, a low Tafel slope of 74.4 mV/dec, and a high double layer capacitance of 9.8 mF cm(-2).')).toEqual([
			'-50.3 mV',
			'74.4 mV/dec',
			'9.8 mF cm(-2)',
		]);
		expect(figures('The overpotential of (0D/3D) MoS2/P-rGO was only similar to 150 mV vs. RHE.')).toEqual(['150 mV']);
	});

	// Porous materials and kinetics: what a material turned out to have.
	it('reads surface areas, capacities and activation energies', () => {
		expect(figures('The nanocomposite exhibited high surface area of 390 m(2) g(-1), making it a good storage material.')).toEqual(['390 m(2) g(-1)']);
		expect(figures('The apparent activation energy was 42.1 kJ/mol for the supported catalyst.')).toEqual(['42.1 kJ/mol']);
	});

	it('reads how many cycles a material lasts, bounded', () => {
		expect(figures('The composite also demonstrated good durability up to 2000 cycles in acidic medium.')).toEqual(['2000 cycles']);
		expect(figures('The catalyst kept its activity with excellent stability up to 5 cycles.')).toEqual(['5 cycles']);
	});

	it('leaves a figure set as the condition of a rate, and settings that are no figure of merit', () => {
		expect(figures('The efficiency was enhanced with the cell held at an overpotential of 640 mV.')).toEqual([]);
		expect(figures('The powder was annealed at a temperature of 800 °C under a current density of 10 mA cm-2.')).toEqual([]);
		expect(figures('The cycle of 20 steps was repeated after 500 cycles.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(values('It reached a Tafel slope of 46 mV decade(-1) and durability up to 2000 cycles.')).toEqual(['46 mV decade(-1)', '2000 cycles']);
	});
});

describeStoredOutputs(new URL('./fixtures/figures-of-merit/', import.meta.url), 'figures of merit of fixture %s', 'give the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
