/**
 * The weakest guess: a CamelCase word no other rule explains ("TimeMaster", "DeepSeekMath")
 * is taken as a method the paper uses.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { wordStartScan } from './word-start-scan.ts';
import { allMatches } from '../all-matches.ts';

// Or one lower-case letter before a capitalised word ("iToffoli", "eQuilibrator"), a prefix coined names take; "mRNA" has no word after it.
// Or a short run of capitals whose last opens a word ("XTuner", "LMDeploy"): the same coinage, an acronym run into a word.
// A hyphened part keeps its dotted version ("LLaVA-1.5"): cut at the dot, the name is a release no one made ("LLaVA-1").
// A trailing "+" or "++" is part of the name, a successor's mark ("DynaQ+", "ScanNet++"): without it the name is the predecessor.
const CAMEL_CASE = /(?<![A-Za-z0-9-])(?:[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[a-z][A-Z][a-z]{3,}[A-Za-z0-9]*|[A-Z]{2,4}[a-z]{2,}[A-Za-z0-9]*)(?:-[A-Za-z0-9]+(?:\.\d+)*)*(?:\+{1,2}(?![\w+]))?/g;
const camelCaseIn = wordStartScan(CAMEL_CASE);

// "prM", "mtDNA", "dsRNA": one or two lower-case letters on capitals abbreviate a molecule, not a coined method ("olmOCR" is a tool);
// "ATPase", "DNases", "GTPases": an enzyme named by its substrate's capitals and "-ase"; "CpG", "TpA": two bases
// joined by their phosphate, a dinucleotide ("CpG islands", "CpG sites").
const MOLECULE = /^(?:[a-z]{1,2}[A-Z]{1,4}|[A-Z]{2,4}ases?|[ACGTU]p[ACGTU])$/;
// "figureOpen" (a publisher's "Download figure" and "Open in new tab" glued): an English word run into a capitalised one.
const GLUED_WORDS = /^[a-z]{4,}[A-Z][a-z]+$/;
// "SomeC. dipterum larvae": a word run into a genus's initial, its species epithet after the full stop, where an
// export dropped the italics and the space before them; no coined name ends in one capital before ". " and a lower-case word.
const GLUED_INITIAL = /^[A-Za-z]*[a-z][A-Z]$/;
const EPITHET_AFTER = /^\.\s[a-z]{3,}/;
// "ClinicalTrial.gov", "EudraCT number 2021-…": a web domain, or a register cited by the code after it.
const DOMAIN_OR_REGISTER = /^(?:\.(?:gov|org|com|net|edu|eu)\b|s?\s(?:number|no\.|ID|identifier|registration)\b)/;

// "1 mHartree", "2 kOhm": a word opening in a lower-case prefix right after a number (a closing "$" of
// TeX maths between) is its unit; a capitalised one is a count of a name ("3 TimeMaster variants").
const AFTER_NUMBER = /\d\$?\s*$/;
// "in MeV", "of meV", "mHartree": an energy unit of physics and chemistry, SI-prefixed, wherever it stands.
const ENERGY_UNIT = /^[yzafpnµμmkMGTPE]?(?:eV|Hartree|Ry)$/;
// "O(sqrt(K) logK)", "lnN": a function of mathematics run into its variable, a term of a formula.
const MATH_TERM = /^(?:log|ln|lg|exp|sqrt|sin|cos|tan|poly|polylog)[A-Z][a-z0-9]?$/;

/** "XTuner", "LMDeploy": capitals run into a word, with no lower-case letter before a capital. */
const CAPITALS_RUN = /^([A-Z]{2,4})([a-z]+)/;

/**
 * Whether a capitals-run word is no coined name: an adjective on an acronym ("RESTful"), a short tail
 * that abbreviates rather than names ("NIRSpec", an instrument), a facility after "at" ("at the SPring-8 synchrotron"),
 * or a word of a long form typeset to spell a coined name ("AgentSPEX, an Agent SPecification and
 * EXecution Language": "SP" and "EX" stand in "AgentSPEX").
 */
function isCapitalsRunWord(word: string, abstract: string, at: number): boolean {
	const run = CAPITALS_RUN.exec(word);
	if (!run || /[a-z][A-Z]/.test(word)) return false;
	if (/ful$/.test(run[0]) || run[2]!.length < 4 || /\bat\s(?:the\s)?$/.test(abstract.slice(Math.max(0, at - 7), at))) return true;
	const capitals = run[1]!;
	return (abstract.match(/[A-Za-z]*[A-Z]{2,}[A-Za-z]*/g) ?? []).some((other) => other !== word && other.includes(capitals) && /[A-Z]{3,}/.test(other));
}

/**
 * A CamelCase word where the text stands, and the name it gives: the word, or the name a compound of
 * "-based" is built on ("an SGLang-based inference engine" uses SGLang, as "a GRPO-based trainer" uses
 * GRPO); other compounds ("BERT-style", "LLM-driven") only liken or describe, and `isCoinedName` leaves them.
 */
function wordAt(m: RegExpExecArray): { name: string; index: number; base: boolean } {
	const base = m[0].endsWith('-based');
	return { name: base ? m[0].slice(0, -'-based'.length) : m[0], index: m.index, base };
}

/**
 * CamelCase coined names outside URLs and acronym definitions; not a molecule's abbreviation, two
 * words glued by a lost space, a web domain or a register's name before its code, the plural of
 * an acronym the abstract defines ("Chain-of-Thought (CoT) … the CoTs"), nor a unit ("1 mHartree",
 * "energies in MeV"), nor the abbreviation the abstract defines for a common term in lower case
 * ("daily walkover liveweight (WoLW) records", "the WoLW of each cow"): its long form says what it is,
 * and the technique-acronym rules read that long form when it names a technique; nor a term of a
 * formula ("logK"); nor a word glued to a genus's initial ("SomeC. dipterum", lost italics).
 */
export const camelCaseNames: EntityRule = {
	name: 'CamelCase names',
	priority: 0,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		const plurals = new Set(acronyms.map((a) => `${a.short}s`));
		// A long form in lower case but for a sentence's first capital is a common term's.
		const terms = new Set(acronyms.filter((a) => !/[A-Z]/.test(a.long.slice(1))).map((a) => a.short));
		return allMatches(abstract, camelCaseIn(abstract))
			.map(wordAt)
			.filter((c) => isCoinedName(c.name) && !isGeneric(c.name) && !isKnown(c.name) && !inUrl(c.index) && !inAcronym(c.index))
			.filter((c) => !MOLECULE.test(c.name) && !GLUED_WORDS.test(c.name) && !plurals.has(c.name) && !terms.has(c.name))
			.filter((c) => !(GLUED_INITIAL.test(c.name) && EPITHET_AFTER.test(abstract.slice(c.index + c.name.length, c.index + c.name.length + 6))))
			.filter((c) => !ENERGY_UNIT.test(c.name) && !MATH_TERM.test(c.name) && !(/^[a-zµμ]/.test(c.name) && AFTER_NUMBER.test(abstract.slice(Math.max(0, c.index - 4), c.index))))
			.filter((c) => !DOMAIN_OR_REGISTER.test(abstract.slice(c.index + c.name.length, c.index + c.name.length + 16)))
			// What a system is built on is a thing, not an abbreviated word ("an SGLang-based engine", where a
			// short tail after capitals, "NIRSpec", is otherwise read as an instrument's abbreviation).
			.filter((c) => c.base || !isCapitalsRunWord(c.name, abstract, c.index))
			.map((c) => ({ type: 'method' as const, name: c.name, role: 'used' as const, forms: [] }));
	},
};
