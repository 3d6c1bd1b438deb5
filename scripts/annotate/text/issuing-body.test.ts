import { describe, expect, it } from 'vitest';
import { recommendsAsTitledBody } from './issuing-body.ts';

describe('recommendsAsTitledBody', () => {
	it('reads the body the title names as author recommending', () => {
		const title = 'Antibiotic therapy of bone infections in children: proposals of the Paediatric Infection Group';
		expect(recommendsAsTitledBody('The Paediatric Infection Group recommends in children > 3 months of age oral therapy.', title)).toBe(true);
		expect(recommendsAsTitledBody('The Task Force strongly advises early imaging.', 'Imaging after stroke: recommendations of the Stroke Imaging Task Force')).toBe(true);
	});

	it('leaves a body the title does not name, and a body that does something else', () => {
		expect(recommendsAsTitledBody('The World Health Association recommends breastfeeding for 6 months.', 'Adherence to breastfeeding in two districts')).toBe(false);
		expect(recommendsAsTitledBody('The Paediatric Infection Group met twice a year.', 'Proposals of the Paediatric Infection Group')).toBe(false);
		expect(recommendsAsTitledBody('Children should be hospitalized.', 'Proposals of the Paediatric Infection Group')).toBe(false);
	});
});
