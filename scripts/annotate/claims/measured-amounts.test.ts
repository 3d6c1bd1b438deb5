import { describe, expect, it } from 'vitest';
import { findMeasuredAmounts } from './measured-amounts.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const amounts = (text: string) => [...new Set(findMeasuredAmounts(text).map((v) => v.text))];

describe('findMeasuredAmounts', () => {
	// Seismology: a copula reports a physical quantity, and one coordinated with it.
	it('reads amounts in a unit a copula reports', () => {
		expect(amounts('Peak acceleration and velocity during the mainshock were 0.45g and 27 cm/sec, respectively.')).toEqual(['0.45g', '27 cm/sec']);
		expect(amounts('The mean bias of the corrected runs was about 0.3 °C.')).toEqual(['0.3 °C']);
		// Epidemiology: a delay observed.
		expect(amounts('The median reporting delay was 3 days.')).toEqual(['3 days']);
	});

	// Agriculture and economics: a change from one amount to another, or by an amount.
	it('reads the amounts of a change, with a unit written out or slashed', () => {
		expect(amounts('The paddy yield increased from 3.1 to 5.3 tons per hectare.')).toEqual(['3.1 to 5.3 tons per hectare']);
		expect(amounts('Total supply increased dramatically from 0.7 mMT in 1950 to 90 mMT in 2012.')).toEqual(['0.7 mMT in 1950 to 90 mMT']);
		expect(amounts('The phone improves the productivity of farmers by at least 261.20 kg/ha per season.')).toEqual(['261.20 kg/ha']);
		// Climate: a warming and a drying by their amounts.
		expect(amounts('Mean temperature rose by 1.2 °C and precipitation decreased by 12 mm per year.')).toEqual(['1.2 °C', '12 mm per year']);
	});

	// Agronomy and physiology: a loss or a gain named before its amount, and the amount coordinated with it; a posed one stays out.
	it('reads the amounts a noun of loss or gain names, not a scenario', () => {
		expect(amounts('Field trials were repeated, and losses of 2.1 t/ha and 3.8 t/ha were recorded in the two dry years, respectively.')).toEqual(['2.1 t/ha', '3.8 t/ha']);
		expect(amounts('The calves showed mean gains of 0.9 kg/d over the trial.')).toEqual(['0.9 kg/d']);
		expect(amounts('Assuming a loss of 5 t/ha, the model was run for each farm.')).toEqual([]);
	});

	// Medicine and biomechanics: pressures, angles and torques, in the units those fields write.
	it('reads amounts in mmHg, degrees and N·m, never a latitude', () => {
		expect(amounts('The intervention reduced systolic blood pressure from 152 to 138 mmHg.')).toEqual(['152 to 138 mmHg']);
		expect(amounts('Peak knee flexion increased from 45° to 62° after surgery.')).toEqual(['45° to 62°']);
		expect(amounts('Mean tibial rotation was 7.2° during stance, and peak torque was 152 N·m.')).toEqual(['7.2°', '152 N·m']);
		expect(amounts('The mooring was at 26.5°N and the flow was measured.')).toEqual([]);
	});

	// Fracture mechanics: toughness in MPa·m1/2 and energy per area in kJ/m², each unit whole.
	it('reads a product whose later symbol carries a half power, and a slashed unit ending in a superscript power', () => {
		expect(amounts('The fracture toughness was 2.1 MPa·m1/2 for the blend.')).toEqual(['2.1 MPa·m1/2']);
		expect(amounts('The impact strength was 12 kJ/m² after curing.')).toEqual(['12 kJ/m²']);
	});

	// Mechanical engineering: a machine's speed and torque in the units its tests report.
	it('reads rotational speeds in rpm and torques in Nm', () => {
		expect(amounts('The highest speed tested was 4500 rpm and the stall torque was 12 Nm.')).toEqual(['4500 rpm', '12 Nm']);
	});

	// Hydrology: both ends of the span a measured quantity ranges over.
	it('reads the ends of a range a quantity is found to span', () => {
		expect(amounts('The median flood timescales range from 16 h in the hilly catchments, where storms prevail, to 104 h in the lowlands.')).toEqual(['16 h', '104 h']);
		expect(amounts('The range is even larger for flood types, from 7 h for flash floods to 200 h for snowmelt floods.')).toEqual(['7 h', '200 h']);
	});

	// Climate and software: an amount a comparison follows is a difference found.
	it('reads an amount a comparison follows', () => {
		expect(amounts('The simulated bias is 0.8 mm/day lower than in the reference run.')).toEqual(['0.8 mm/day']);
		expect(amounts('Builds finish 12 min faster with the cache.')).toEqual(['12 min']);
	});

	// Seismology and hydrology: a percentage in words needs no cue, as "%" needs none.
	it('reads a percentage written in words', () => {
		expect(amounts('The picker selected 66 per cent of the local phases and 90 percent of the others.')).toEqual(['66 per cent', '90 percent']);
	});

	it('leaves the size of a study site, a period studied and a setting', () => {
		expect(amounts('An array occupying an area of about 1 km2 located 8.8 km from the fault.')).toEqual([]);
		expect(amounts('Index values were calculated for 515 streams for the 27-year period from 1975 through 2001.')).toEqual([]);
		expect(amounts('Simulations were run at 50 km resolution for 30 years with a time step of 10 min.')).toEqual([]);
		expect(amounts('Samples were collected at 25 sites in 2015 from depths of 10 m.')).toEqual([]);
		expect(amounts('The model was trained for 3 days on 8 GPUs with 16 GB of memory.')).toEqual([]);
	});

	// Hydrology and materials: the present describes the place or thing studied, and a size its shape.
	it('leaves a site or a specimen described, and a setting the authors applied', () => {
		expect(amounts('The study area is 500 km2 and lies in the Alps.')).toEqual([]);
		expect(amounts('The mean annual precipitation of the basin is 800 mm.')).toEqual([]);
		expect(amounts('Samples were 5 mm thick.')).toEqual([]);
		expect(amounts('The temperature was increased to 300 °C during synthesis.')).toEqual([]);
		expect(amounts('The catalyst was annealed at 500 °C for 2 h.')).toEqual([]);
		expect(amounts('Films were deposited to a thickness of 100 nm.')).toEqual([]);
	});

	it('leaves a sample a participle describes, an age, and counts of items', () => {
		expect(amounts('Catchments ranging from 5 to 10,000 km2 were selected.')).toEqual([]);
		expect(amounts('Infants were 6 months old when tested.')).toEqual([]);
		expect(amounts('The model covers the globe, with a variable resolution reaching 50 to 60 km over France.')).toEqual([]);
		expect(amounts('Participants were 36 students who completed 4 sessions.')).toEqual([]);
		expect(amounts('Yields increased in 3 models over 12 regions.')).toEqual([]);
	});

	it('leaves a unit that is only the start of a word', () => {
		expect(amounts('The score was 3 models ahead.')).toEqual([]);
		expect(amounts('Costs were 5 minor items.')).toEqual([]);
	});

	it('gives offsets at which the amount is written', () => {
		const text = 'Peak velocity was 27 cm/sec at the array.';
		for (const v of findMeasuredAmounts(text)) expect(text.slice(v.index, v.index + v.text.length)).toBe(v.text);
	});

	it('reads electronvolts, a compound unit in brackets, and a bare number sharing the unit after it', () => {
		expect(amounts('The lowest band gap computed was 0.0548 eV for the smallest ring.')).toEqual(['0.0548 eV']);
		expect(amounts('The highest mobility measured was 1.02 and 9.65 cm2/(V s) for the two films.')).toEqual(['1.02', '9.65 cm2/(V s)']);
		expect(amounts('The conductivity was 0.35 W/(m K) at room temperature.')).toEqual(['0.35 W/(m K)']);
	});

	it('leaves a number before a reported amount when no report precedes it', () => {
		expect(amounts('Catchments of 12 and 40 km2 were sampled.')).toEqual([]);
	});
	// Oceanography, atmospheric physics, glaciology: the sverdrup, powers of ten, inverse powers, a reported estimate.
	it('reads transports, rates in powers of ten or inverse powers, and estimates a copula reports', () => {
		expect(amounts('The standard deviation of the transport is estimated to be 2.6 Sv.')).toEqual(['2.6 Sv']);
		expect(amounts('The dissipation rate, which is obtained from a parameterization, exceeds 10e-9 W/kg near the bottom.')).toEqual(['10e-9 W/kg']);
		expect(amounts('The mean heat flux was 12 W m−2 and the melt was 1.5 × 10−9 m/s.')).toEqual(['12 W m−2', '1.5 × 10−9 m/s']);
		expect(amounts('Sea level rose by 3.2 mm yr−1 over the period.')).toEqual(['3.2 mm yr−1']);
	});

	it('leaves a site that exceeds a size: only a rate passing a threshold is a finding', () => {
		expect(amounts('The study area exceeds 500 km2.')).toEqual([]);
	});

	// Fisheries and glaciology: growth rates per year, the minus of the power typeset as an en dash.
	it('reads rates per year or day with an en-dash power, their span after a verb of varying, and a mean set equal to one', () => {
		expect(amounts('Shell growth varied widely, ranging from 1.2 mm year–1 to 4.8 mm year–1 (mean = 2.9 mm year–1).')).toEqual(['1.2 mm year–1 to 4.8 mm year–1', '2.9 mm year–1']);
		expect(amounts('Ablation rates differed between sites, ranging from 2 mm d−1 to 9 mm d−1.')).toEqual(['2 mm d−1 to 9 mm d−1']);
		expect(amounts('Uplift was 3 mm yr–1 on average.')).toEqual(['3 mm yr–1']);
	});

	it('reads parameters listed after a colon, each a symbol set equal to its amount', () => {
		expect(amounts('The fitted growth parameters were: L∞ = 92.4 cm and k = 0.21 year–1 for females.')).toEqual(['92.4 cm', '0.21 year–1']);
	});

	it('leaves a size or a count that varies, and a range of durations', () => {
		expect(amounts('Plots varied in size, ranging from 5 km2 to 80 km2.')).toEqual([]);
		expect(amounts('Each pump ran for 5 s–1 min.')).toEqual([]);
		expect(amounts('The sensor was placed at x = 2.5 m from the wall.')).toEqual([]);
	});

	// Astronomy, nutrition and instrumentation: units the earlier fields did not write.
	it('reads solar units, calories and electronvolts, and a mean with its deviation', () => {
		expect(amounts('The dust shell extends up to 840 Rsol from the star.')).toEqual(['840 Rsol']);
		expect(amounts('Body weight increased to 71.2 +/- 8.3 kg after the programme.')).toEqual(['71.2 +/- 8.3 kg']);
	});

	it('reads an amount a verb of equalling or resulting states, and the energy resolution reached', () => {
		expect(amounts('The deficit represented a cumulative energy loss of approximately 9,400 kcal over the winter.')).toEqual(['9,400 kcal']);
		expect(amounts('The detector operates with an energy resolution of 2.1 eV at 1 keV.')).toEqual(['2.1 eV']);
		expect(amounts('The model runs at a spatial resolution of 4 km.')).toEqual([]);
	});

	it('reads the most a change reaches after "by up to" or "by as much as", whatever its verb', () => {
		expect(amounts('We move the two resonances apart by up to 12 kHz with a short pulse.')).toEqual(['12 kHz']);
		expect(amounts('The new mount tilts the mirror by as much as 3 mm.')).toEqual(['3 mm']);
		expect(amounts('The mirror was tilted by 3 mm before each run.')).toEqual([]);
	});
});

// Soil science and chemistry: units whose thin spaces a PDF lost ("542.2nmoleg−1") and the mole spelt out, read through
// the whole claim pipeline; the last line is a sampling depth, a setting, and stays out.
describeStoredOutputs(new URL('./fixtures/measured-amounts/', import.meta.url), 'findMeasuredAmounts on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

describe('findMeasuredAmounts in the plain text of Web of Science', () => {
	// Web of Science writes superscripts in brackets and "~" as "similar to" (after round 39's graphene listing).
	it('reads units with bracketed powers, shares by weight and written tildes', () => {
		expect(amounts('The TOF value was calculated as 5300.86 h(-1) for the fresh catalyst.')).toEqual(['5300.86 h(-1)']);
		expect(amounts('The amount of hydrogen stored was found to be 1.2 wt% using chronopotentiometry.')).toEqual(['1.2 wt%']);
		expect(amounts('The corresponding Tafel slope was similar to 56 mV Dec(-1), which is comparable to others.')).toEqual(['56 mV Dec(-1)']);
	});

	it('reads every amount of a list a verb of calculating reports, commas alone between them', () => {
		expect(amounts('The activation parameters were also calculated as 53.83 kJ/mol, 50.73 kJ/mol and -51.55 J/mol.K, respectively.')).toEqual([
			'53.83 kJ/mol',
			'50.73 kJ/mol',
			'-51.55 J/mol',
		]);
	});

	it('leaves an amount set, not reported', () => {
		expect(amounts('The catalyst was loaded with 20 wt% of nickel and heated to 300 °C.')).toEqual([]);
	});

	it('reads a level in a unit with the pico prefix, and never a time of day as one', () => {
		expect(amounts('The mean troponin level was 48.5 pg/ mL in the late group.')).toEqual(['48.5 pg/ mL']);
		expect(amounts('The last sample was 5 pm on the second day.')).toEqual([]);
	});
});
