import { describe, expect, it } from 'vitest';
import { studiesInPerfectOpening } from './perfect-opening.ts';
import { splitSentences } from '../sentences.ts';
import { selectTldr } from './tldr.ts';

describe('studiesInPerfectOpening', () => {
	// After scripts/eval/listings/unseen-round32-fracture-epoxies.xml (10.1080/00218464.2013.757517, 10.1016/j.polymer.2013.06.009).
	it('reads a study or a treatment in the perfect passive, told by its means', () => {
		expect(studiesInPerfectOpening('The durability of adhesively bonded aluminium-alloy joints have been investigated by undertaking cyclic-fatigue tests in liquid water.')).toBe(true);
		expect(studiesInPerfectOpening('An epoxy resin, cured using an anhydride hardener, has been modified by the addition of pre-formed core-shell rubber particles.')).toBe(true);
		expect(studiesInPerfectOpening('The corrosion of the welds has been assessed using salt-spray tests.')).toBe(true);
	});

	it("leaves the field's work: no means, a quantified subject, a time before now, how often", () => {
		expect(studiesInPerfectOpening('The durability of bonded joints has been investigated.')).toBe(false);
		expect(studiesInPerfectOpening('Many epoxies have been toughened by adding rubber particles.')).toBe(false);
		expect(studiesInPerfectOpening('In recent years, epoxies have been modified by adding nanoparticles.')).toBe(false);
		expect(studiesInPerfectOpening('Epoxy toughening has been widely studied using rubber particles.')).toBe(false);
		expect(studiesInPerfectOpening('Epoxies have been toughened by Smith and others.')).toBe(false);
	});
});

describe('selectTldr with a perfect-passive opening', () => {
	it("takes the opening study over a later finding of the paper's", () => {
		const sentences = splitSentences([
			'An epoxy resin, cured using an anhydride hardener, has been modified by the addition of pre-formed polysiloxane core-shell rubber particles.',
			'The polysiloxane rubber particles had a glass transition temperature of about −100 °C.',
			'Fracture tests were also performed at −55 °C and −109 °C.',
			'The results showed that the measured fracture energy of the modified epoxy polymers decreased significantly below room temperature.',
		].join(' '));
		const title = 'The mechanical properties and toughening mechanisms of an epoxy polymer modified with polysiloxane-based core-shell particles';
		expect(selectTldr(sentences, title).text).toMatch(/^An epoxy resin/);
	});
});
