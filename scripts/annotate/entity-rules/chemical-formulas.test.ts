import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { isChemicalFormula } from './chemical-formulas.ts';

describe('isChemicalFormula', () => {
	it('takes formulas with a count or a charge', () => {
		// chemistry, climate, environment
		for (const name of ['CO2', 'H2O2', 'CH4', 'N2O', 'Na+', 'Ni2+', 'O2', 'N2']) expect(isChemicalFormula(name, ''), name).toBe(true);
	});

	it('takes element symbols alone only beside a counted formula of the same letters', () => {
		expect(isChemicalFormula('CO', 'Sn nanoparticles produce CO from CO2 with high selectivity.')).toBe(true);
		expect(isChemicalFormula('CO', 'electrochemical CO$_2$ reduction to CO')).toBe(true);
		expect(isChemicalFormula('CO', 'households in CO and WY')).toBe(false);
	});

	it('leaves acronyms, labels, processors and models spelt with chemical symbols', () => {
		for (const name of ['CNN', 'SPSS', 'S4', 'K2', 'H100', 'VP1', 'B2B', 'P2P', 'ERA5', 'CMIP5', 'GPT4']) expect(isChemicalFormula(name, `${name} and CNN`), name).toBe(false);
	});

	it('drops a formula from the entities, but never an acronym the abstract defines', () => {
		// chemistry (hydrogen peroxide), NLP (the I2S method of the bundled listing)
		const o2 = 'Here we report an interfacial engineering approach, where we confine in situ produced O2 gas at the catalyst.';
		expect(extractEntities('', o2, loadLexicons()).map((e) => e.name)).toEqual([]);
		const i2s = 'We introduce Insight-to-Solve (I2S), a test-time procedure that turns demonstrations into insights. I2S improves accuracy.';
		expect(extractEntities('', i2s, loadLexicons()).map((e) => e.name)).toContain('I2S');
	});
});
