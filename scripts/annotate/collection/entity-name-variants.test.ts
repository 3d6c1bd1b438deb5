import { describe, expect, it } from 'vitest';
import { entityNameForm } from './entity-name-variants.ts';

describe('entityNameForm', () => {
	it('gives the spellings of one name one form', () => {
		// Round 36's forest-restoration RIS: "Generalised Linear Model" and "Generalized Linear Models", two entity pages.
		expect(entityNameForm('Generalised Linear Model')).toBe(entityNameForm('Generalized Linear Models'));
		expect(new Set(['GLM', 'GLMs', 'G.L.M.', 'G. L. M.'].map(entityNameForm))).toEqual(new Set(['glm']));
		// Round 33's telomere RIS: "animal model" and "animal models".
		expect(entityNameForm('animal models')).toBe(entityNameForm('animal model'));
		expect(entityNameForm('Bose–Einstein condensate')).toBe(entityNameForm('Bose-Einstein condensates'));
		expect(entityNameForm('LoRAs')).toBe(entityNameForm('LoRA'));
	});

	it('keeps every letter, digit and "+" that tells two names apart', () => {
		expect(entityNameForm('AMPS')).not.toBe(entityNameForm('AMP'));
		expect(entityNameForm('ScanNet++')).not.toBe(entityNameForm('ScanNet'));
		expect(entityNameForm('Llama 3')).not.toBe(entityNameForm('Llama 2'));
		expect(entityNameForm('supervised learning')).toBe('supervised learning');
	});
});
