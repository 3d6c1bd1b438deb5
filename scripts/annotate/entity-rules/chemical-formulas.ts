/**
 * A chemical formula names a substance the paper studies, not a method, model, algorithm or
 * dataset it works with: chemistry, materials science, biology and the earth sciences write "O2",
 * "CO2", "H2O2", "CH4", "Ni2+" and, when the reaction makes it plain, "CO", in the very sentences
 * that state what the paper does ("electrodes which produce CO with 10 times higher selectivity",
 * "we confine in situ produced O2 gas"), where the rules for introduced names and coined tokens
 * would take them. Chemical symbols spell many acronyms too ("CNN" is C, N, N; "S4" a model), so
 * a formula is only what says so:
 *
 * - element symbols with a count or a charge ("CO2", "H2O", "Na+"), of two symbols or more, or one
 *   of the few elements written as molecules ("O2", "N2", "H2", "Cl2", "O3");
 * - element symbols alone ("CO", "NO", "KOH") where the abstract also writes the same letters with
 *   a count ("CO" beside "CO2", "CO$_2$", "CO₂"): the family of formulas shows it is chemistry;
 * - a ratio of two such ("C/O", "Mg/Si", "C$_2$H$_2$/H$_2$O" cut to symbols) where the abstract also
 *   writes a formula with a count: an abundance ratio of chemistry, not a slashed technique ("H/V");
 * - a solvent or reagent in the organic chemist's shorthand, an alkyl or acyl group before a
 *   functional group ("MeOH", "EtOH", "EtOAc", "MeCN", "AcOH"), as extraction mixtures are written
 *   ("DCM/MeOH (93:7 v/v)"); a group alone before other letters ("MeSH", "PhD") is no formula;
 * - a name the abstract writes only with a bracketed count or charge glued to it ("MAPbI(3)",
 *   "TiO(2)", "Si(+)"): the Web of Science writes subscripts and superscripts so, and a rule that
 *   stops at the bracket has cut the formula;
 * - element symbols alone, one of two letters among them, where the abstract writes them as a material:
 *   before a material's form ("GaInP nanowires", "an InP wafer", "GaAs substrates", "InAs/AlAs
 *   superlattices"), after what it is grown on ("grown on GaAs"), before "-based": the compound
 *   semiconductors and alloys are named by their symbols without a count; and then every such name of
 *   that abstract ("CdSe QDs" beside "InP quantum dots", "CuAu" ordering beside "GaAs substrates"), a
 *   lone two-letter element among them ("Ge films");
 * - a formula glued to the abbreviation of a nanomaterial's form ("AuNP", "AgNPs", "Fe3O4NPs", "CdSeQDs"), the
 *   symbols with a lower-case letter or a count, so "BNP" (a peptide) and "NNP" (a potential) are none;
 * - and never an acronym the abstract defines ("Insight-to-Solve (I2S)" spells I, 2, S).
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const ELEMENTS =
	'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe ' +
	'Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu';
// Two-letter symbols first, so "Cl" is read before "C".
const SYMBOL = `(?:${ELEMENTS.split(' ').sort((a, b) => b.length - a.length).join('|')})`;
/** Symbols with counts of 2 to 99 (a count of one is never written: "VP1" is a protein, "H100" a processor), and a charge. */
const FORMULA = new RegExp(String.raw`^(?:${SYMBOL}(?:[2-9]|[1-9]\d)?){1,6}(?:\d?[+-])?$`);
const SYMBOLS_ONLY = new RegExp(String.raw`^(?:${SYMBOL}){2,4}$`);
/** Elements written as molecules of themselves. */
const MOLECULES = new Set(['H2', 'N2', 'O2', 'O3', 'Cl2', 'F2']);
/** Organic shorthand: an alkyl, aryl or acyl group ("Me", "Et", "iPr", "tBu", "Ph", "Ac") and a functional group. */
const ORGANIC_SHORTHAND = /^(?:[int]|sec|tert)?(?:Me|Et|Pr|Bu|Ph|Ac)(?:OH|OAc|OMe|OEt|CN|NO2|NH2|Cl|Br|I|CO2H|COOH)$/;
/** Symbols, then a nanomaterial's form: nanoparticles, nanocrystals, nanorods, nanowires, quantum dots ("AuNP", "AgNPs"). */
const NANOMATERIAL = new RegExp(String.raw`^((?:${SYMBOL}(?:[2-9]|[1-9]\d)?){1,4})(?:NP|NC|NR|NW|QD)s?$`);

/**
 * Whether a name is a chemical formula, given the abstract it stands in.
 *
 * @example isChemicalFormula('CO2', '') // true
 * @example isChemicalFormula('CO', 'reduction of CO2 to CO') // true
 * @example isChemicalFormula('CNN', 'a CNN') // false
 * @example isChemicalFormula('MeOH', 'extracted with DCM/MeOH') // true
 */
export function isChemicalFormula(name: string, abstract: string): boolean {
	if (ORGANIC_SHORTHAND.test(name)) return true;
	const nano = NANOMATERIAL.exec(name)?.[1];
	if (nano && /[a-z\d]/.test(nano)) return true;
	if (!FORMULA.test(name)) return false;
	if (/[+-]$/.test(name)) return true;
	const symbols = name.match(new RegExp(SYMBOL, 'g')) ?? [];
	if (/\d/.test(name)) {
		// A label of letters around a digit ("B2B", "P2P") is no formula.
		if (/^([A-Z])\d\1$/.test(name)) return false;
		return symbols.length >= 2 || MOLECULES.has(name);
	}
	if (!SYMBOLS_ONLY.test(name)) return false;
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(String.raw`(?<![\w-])${escaped}(?:\d|[₀-₉]|\$?_|\{)`).test(abstract);
}

/** Forms a material takes in a lab: what a compound's formula stands before ("GaInP nanowires", "InAs/AlAs superlattices"). */
const MATERIAL_FORM = String.raw`(?:nano(?:wires?|particles?|rods?|tubes?|sheets?|crystals?|structures?)|wafers?|substrates?|(?:thin\s+)?films?|(?:epi)?layers?|crystals?|quantum\s+(?:dots?|wells?)|QDs?|alloys?|electrodes?|heterostructures?|superlattices?|materials|mole\s+fractions?)`;
/** What a semiconductor is grown on or matched to: "grown on GaAs", "lattice matched to GaAs", "deposited on Si". */
const GROWN_ON = String.raw`(?:grown|deposited|matched)\s+(?:on|to)\s+(?:(?:an?|the)\s+)?(?:(?:exact|vicinal|patterned)\s+)?(?:\(\d{3}\)\s+)?`;
/** One element symbol of two letters alone: "Ge films", "on Si". The symbols that are English words ("In", "As") are none. */
const ELEMENT_ALONE = new RegExp(String.raw`^(?!(?:In|As|At|Be|He|No|Ho|Hf|Pa|Po)$)${SYMBOL}$`);

/** Whether a name reads as a material's element symbols: two or more, or one of two letters, a two-letter symbol among them. */
function materialSymbols(name: string): boolean {
	return /[a-z]/.test(name) && (SYMBOLS_ONLY.test(name) || ELEMENT_ALONE.test(name));
}

/**
 * Whether the abstract writes a compound's or an element's symbols (one of two letters among them) as a
 * material: before a material's form, after what it is grown on or matched to, before "-based", or beside
 * another such compound over a slash ("GaInAs/InAsP materials").
 */
function namesMaterial(name: string, abstract: string): boolean {
	if (!materialSymbols(name)) return false;
	const written = String.raw`(?<![\w-])${escapeRegExp(name)}`;
	const at = String.raw`${written}(?![\w-])`;
	return new RegExp(String.raw`${at}(?:\/[A-Z][A-Za-z]*)*\s+${MATERIAL_FORM}(?![\w-])|${GROWN_ON}${at}|${written}-based\b`).test(abstract);
}

/**
 * Whether the abstract shows itself a materials text, so that every name of element symbols in it is a
 * material: one name of element symbols is written as a material (`namesMaterial`). "CuAu" beside "GaAs
 * substrates", "CdSe" beside "InP quantum dots" are compounds as surely as the first.
 */
function inMaterialsText(name: string, abstract: string): boolean {
	if (!materialSymbols(name) || !/(?:grown|deposited|matched|based|[a-z]\s+(?:\S+\s+)?[a-z]*(?:films?|layers?|substrates?|wafers?|alloys?|superlattices?|QDs?|dots?))\b/.test(abstract)) return false;
	const names = new Set(abstract.match(/(?<![\w-])[A-Z][a-z]?(?:[A-Z][a-z]?){0,3}(?!\w)/g) ?? []);
	return [...names].some((other) => namesMaterial(other, abstract));
}

/**
 * Whether every mention of a name ending in an element symbol is glued to a bracketed count or charge
 * ("MAPbI(3)"), the Web of Science's subscript: the name is a formula cut at its bracket.
 *
 * @example cutAtBracketedCount('MAPbI', 'CH3NH3PbI3 (MAPbI(3)) cells; the MAPbI(3) layer') // true
 * @example cutAtBracketedCount('BERT', 'BERT (2) and BERT') // false
 */
export function cutAtBracketedCount(name: string, abstract: string): boolean {
	// Every mention glued to a bracket means the text writes the name and "(" together at least once: most
	// names are never so written, and need neither pattern made for them.
	if (!abstract.includes(`${name}(`) || !new RegExp(String.raw`${SYMBOL}$`).test(name)) return false;
	const mentions = allMatches(abstract, new RegExp(String.raw`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z])`, 'g'));
	return mentions.length > 0 && mentions.every((m) => /^\((?:\d{1,2}|\d?[+-])\)/.test(abstract.slice(m.index + name.length)));
}

/** A symbol with its count as a subscript: "C$_2$", "H$_{2}$", "CO₂". */
const SUBSCRIPTED = new RegExp(String.raw`(?<![\w-])${SYMBOL}(?:\$?_\{?\d|[₂-₉])`);

/** Whether the abstract writes a formula with a count: a subscripted symbol, or a plain one of two symbols or more ("H2O"). */
function writesCountedFormula(abstract: string): boolean {
	if (SUBSCRIPTED.test(abstract)) return true;
	return (abstract.match(/(?<![\w-])[A-Z][A-Za-z]*\d[A-Za-z\d]*/g) ?? []).some((word) => isChemicalFormula(word, ''));
}

/**
 * Whether a name is a ratio of two element symbols or formulas ("C/O", "Fe/H") in an abstract that
 * writes counted formulas elsewhere, so that the slash divides abundances.
 *
 * @example isElementRatio('C/O', 'the C$_2$H$_2$/H$_2$O flux ratio … a volatile C/O ratio') // true
 * @example isElementRatio('H/V', 'the H/V technique of seismic noise') // false
 */
export function isElementRatio(name: string, abstract: string): boolean {
	const parts = name.split('/');
	if (parts.length !== 2 || !parts.every((part) => FORMULA.test(part))) return false;
	return writesCountedFormula(abstract);
}

/**
 * Drops a name that is a chemical formula, or a ratio of two. A name the abstract defines as an acronym ("Insight-to-Solve
 * (I2S)") is the acronym, whatever symbols it happens to spell.
 */
export const chemicalFormulas: NameFilter = {
	name: 'chemical formulas',
	rejects: (candidate, { abstract, acronyms, isKnown }) =>
		(isChemicalFormula(candidate.name, abstract) ||
			isElementRatio(candidate.name, abstract) ||
			cutAtBracketedCount(candidate.name, abstract) ||
			// A name the lexicons list is that work, whatever symbols it spells ("CoCa-based captioning").
			(!isKnown(candidate.name) && (namesMaterial(candidate.name, abstract) || inMaterialsText(candidate.name, abstract)))) &&
		!acronyms.some((a) => a.short === candidate.name),
};
