import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { cutAtBracketedCount, isChemicalFormula, isElementRatio } from './chemical-formulas.ts';

describe('isChemicalFormula', () => {
	it('takes formulas with a count or a charge', () => {
		// chemistry, climate, environment
		for (const name of ['CO2', 'H2O2', 'CH4', 'N2O', 'Na+', 'Ni2+', 'O2', 'N2']) expect(isChemicalFormula(name, ''), name).toBe(true);
	});

	// After a soft-matter abstract of unseen-round37 (membranes and colloids): "thermo-osmosis due to a heated AuNP".
	it('takes a formula glued to a nanomaterial\'s form, but no capitals-only acronym so spelt', () => {
		for (const name of ['AuNP', 'AgNPs', 'Fe3O4NPs', 'CdSeQDs', 'PtNC']) expect(isChemicalFormula(name, ''), name).toBe(true);
		for (const name of ['BNP', 'NNPs', 'CNP', 'SNP']) expect(isChemicalFormula(name, ''), name).toBe(false);
	});

	it('takes element symbols alone only beside a counted formula of the same letters', () => {
		expect(isChemicalFormula('CO', 'Sn nanoparticles produce CO from CO2 with high selectivity.')).toBe(true);
		expect(isChemicalFormula('CO', 'electrochemical CO$_2$ reduction to CO')).toBe(true);
		expect(isChemicalFormula('CO', 'households in CO and WY')).toBe(false);
	});

	// After 10.1016/j.apgeochem.2006.02.021 of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json: "extracted with DCM/MeOH (93:7 v/v)".
	it('takes a solvent in organic shorthand, never a group before other letters', () => {
		for (const name of ['MeOH', 'EtOH', 'EtOAc', 'MeCN', 'AcOH', 'iPrOH']) expect(isChemicalFormula(name, '')).toBe(true);
		for (const name of ['MeSH', 'PhD', 'Meta', 'BuST']) expect(isChemicalFormula(name, '')).toBe(false);
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

describe('isElementRatio', () => {
	it('reads two element symbols over a slash as an abundance ratio where the abstract writes counted formulas', () => {
		expect(isElementRatio('C/O', 'the highest C$_2$H$_2$/H$_2$O flux ratio … a volatile C/O ratio close to unity')).toBe(true);
		expect(isElementRatio('Mg/Si', 'MgSiO3 forms where the Mg/Si ratio is high')).toBe(true);
	});

	it('leaves a slashed technique in an abstract without formulas, and pairs that are no symbols', () => {
		expect(isElementRatio('H/V', 'the H/V ratio of ambient seismic noise gives site frequencies')).toBe(false);
		expect(isElementRatio('STA/LTA', 'an STA/LTA algorithm, with CO2 sensors')).toBe(false);
	});

	it('drops the ratio from the entities', () => {
		const abstract = 'The disks show the highest C$_2$H$_2$/H$_2$O flux ratio. We show that a volatile C/O ratio close to unity arises only if grains are blocked.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => e.name)).not.toContain('C/O');
	});
});

describe('cutAtBracketedCount', () => {
	it('reads a name glued to a bracketed count at every mention as a formula cut at its subscript', () => {
		expect(cutAtBracketedCount('MAPbI', 'The CH3NH3PbI3 (MAPbI(3)) layer of planar MAPbI(3) cells')).toBe(true);
		expect(cutAtBracketedCount('TiO', 'a TiO(2) film on Si(+) wafers')).toBe(true);
	});

	it('leaves a name also written without the bracket, or not ending in an element symbol', () => {
		expect(cutAtBracketedCount('MAPbI', 'MAPbI(3) films and MAPbI crystals')).toBe(false);
		expect(cutAtBracketedCount('GPT', 'GPT(2) was asked')).toBe(false);
	});

	it('answers as reading every mention does, on names written with and without brackets (random texts)', () => {
		// The reading before the pre-test for "name(": every mention read by the pattern.
		const byMentions = (name: string, abstract: string) => {
			if (!/(?:Pb|I|O|Ti|Si|C|N)$/.test(name)) return false;
			const mentions = [...abstract.matchAll(new RegExp(String.raw`(?<![A-Za-z0-9])${name}(?![A-Za-z])`, 'g'))];
			return mentions.length > 0 && mentions.every((m) => /^\((?:\d{1,2}|\d?[+-])\)/.test(abstract.slice(m.index + name.length)));
		};
		const names = ['MAPbI', 'TiO', 'SiC', 'CN'];
		const pieces = [...names, '(3)', '(+)', '(2x)', ' ', '(', 'x', '2', ')', ' films', '-'];
		fc.assert(
			fc.property(fc.constantFrom(...names), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (name, parts) => {
				const abstract = parts.join('');
				expect(cutAtBracketedCount(name, abstract)).toBe(byMentions(name, abstract));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('chemical formulas as a name filter', () => {
	it('drops a formula cut at a bracketed subscript and a compound written before its material form', () => {
		const text =
			'We simulate nano-textured CH3NH3PbI3 (MAPbI(3)) cells with a MAPbI(3) layer. We compare the direct growth of GaInP nanowires on silicon with InP nanowires on native substrate.';
		const names = extractEntities('', text, loadLexicons()).map((e) => e.name);
		expect(names).not.toContain('MAPbI');
		expect(names).not.toContain('GaInP');
	});

	// After a researcher's own RIS export of their papers on III-V photovoltaics (read as a stranger's listing, not an eval listing).
	it('drops the compounds of a materials text: grown on, -based, over a slash, and their neighbours', () => {
		const names = (text: string) => extractEntities('', text, loadLexicons()).map((e) => e.name);
		expect(names('We discuss TEM characterization of III-V epilayers grown on GaAs by metalorganic chemical vapor deposition (MOCVD).')).not.toContain('GaAs');
		expect(names('Our progress in developing high-performance, InP-based GaInAs/InAsP materials and devices is highlighted.')).toEqual(
			expect.not.arrayContaining(['GaInAs', 'InAsP']),
		);
		const dots = names('InP quantum dots (QDs) and CdSe QDs were found to adsorb onto nanotubes. We also grew Ge films on glass.');
		expect(dots).not.toContain('CdSe');
		expect(dots).not.toContain('Ge');
	});

	it('keeps a name of element letters that stands before no material form', () => {
		const text = 'We introduce CoSe, a planner that beats prior planners. CoSe is fast.';
		expect(extractEntities('', text, loadLexicons()).map((e) => e.name)).toContain('CoSe');
	});
});
