/**
 * A coined name given in parentheses to what the words before it describe, without
 * abbreviating them: "one variant is the Transformer with single layer value (SVFormer)",
 * "we propose Transformer with residual value (ResFormer)". This is the one rule for that
 * pattern, after a contribution verb or not.
 * Describing a thing and then naming it is how authors coin a name; prior work is named
 * first and cited, so such a name counts as introduced, unless "its" or "their" ties the description
 * to a thing named before ("its relativized form (RdNBR)"), or the description is of what experiments
 * ran on ("experiments on both high-level planning (EB-ALFRED) … tasks"), which is data used, or what
 * was made rests on it ("a gradient boosting (GBoost)-based classifier"). A registration code
 * ("(NCT01234567)") identifies a record and is no name, nor does the spread reported beside a mean ("the mean (SD) follow-up"), nor a letter with a numeric subscript
 * ("short-wave solar irradiance (E0)", "the rate constant (k1)"), a quantity's symbol, nor the abbreviation of the one
 * word before it, capitals opening with that word's letter ("Dexamethasone (DXM)", "paclitaxel (PTX)"), as
 * medicine and chemistry shorten the names of drugs and compounds: a coinage names a description of
 * several words. An acronym of the words before is no
 * such name: a title-case one is `named-acronyms`'s, and a lower-case one ("large language
 * model (LLM)") names a concept; nor is one whose acronym after a qualifier spells the words before
 * ("structural equation modelling (CB-SEM)"), `qualified-acronyms`'s.
 */
import { isCoinedName } from './coined-name.ts';
import { spelledTail } from './qualified-acronyms.ts';
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// A description owned by a thing named before ("dNBR and its relativized form (RdNBR)") names a variant of that thing, not the authors' coinage.
const OWNED_BY_ANOTHER = /\b(?:its|their)\s+(?:[\w-]+\s+){0,4}$/;
// A description inside what experiments were run on names the data, not a coinage: "Extensive
// experiments on both high-level planning (EB-ALFRED) and low-level control (EB-Manipulation) tasks".
const EVALUATED_ON = /\b(?:experiments?|evaluations?|evaluated|tested|results?)\s+(?:[\w-]+\s+)?on\s+[^.;:]{0,100}$/;
// "a machine learning (GBoost)-based classifier": the name is the instance of the description that
// what was made rests on, so it was used, whoever made the classifier.
const RESTED_ON = /^-(?:based|driven|powered|enabled)\b/;
// "The mean (SD) follow-up", "median (IQR)": the bracket names the spread reported beside a central value, a statistic.
const SPREAD_OF = /\b(?:mean|median|average)\s$/i;
// A registration or accession code ("NCT01234567", "CRD42020123456", "PRJNA123456") identifies a record, not a work.
const RECORD_CODE = /^[A-Z]{2,8}\d{6,}$/;
// One letter with a numeric subscript ("E0", "k1", "T12") is the symbol of a quantity the words before it measure.
const QUANTITY_SYMBOL = /^[A-Za-z]\d{1,2}$/;
/**
 * Whether `short`, two to five capitals, opens with `word`'s first letter: an abbreviation of that one word, which
 * takes its letters from the word's syllables as it likes ("DXM" of dexamethasone, "PTX" of paclitaxel).
 */
function abbreviates(short: string, word: string): boolean {
	return /^[A-Z]{2,5}$/.test(short) && word[0]!.toUpperCase() === short[0];
}

/** The one word right before a bracket, after punctuation (a space after it or not: "Motion(MI),Gestalt (GI)") or a sentence's start. */
const LONE_WORD = /(?:^|[.;:,]\s*|\s(?:of|with|and|or|to|the|a|an)\s+)([A-Za-z][a-z]{3,})\s$/;
// The parenthesis follows a lower-case word of the description, not a citation or a list.
const DESCRIBED = /(?<=[a-z][\w-]*\s)\(([A-Za-z][\w+-]*)\)/g;

/** Whether the bracket at `at` abbreviates the single word before it ("Dexamethasone (DXM) is given …"). */
function abbreviatesWordBefore(abstract: string, at: number, short: string): boolean {
	const word = LONE_WORD.exec(abstract.slice(Math.max(0, at - 40), at))?.[1];
	return word !== undefined && abbreviates(short, word);
}

/** Coined names in parentheses after a description, outside acronym definitions and URLs, as introduced. */
export const describedNames: EntityRule = {
	name: 'described names',
	priority: 0,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		// A short form defined earlier and spelled out again ("… Hazard Analysis (HAZ) … current Hazard Analysis (HAZ) tools") is the acronym rules'.
		const defined = new Set(acronyms.map((a) => a.short));
		return allMatches(abstract, DESCRIBED)
			.filter((m) => isCoinedName(m[1]!) && !defined.has(m[1]!) && !RECORD_CODE.test(m[1]!) && !SPREAD_OF.test(abstract.slice(Math.max(0, m.index - 10), m.index)) && !QUANTITY_SYMBOL.test(m[1]!) && !abbreviatesWordBefore(abstract, m.index, m[1]!) && !spelledTail(m[1]!, abstract.slice(Math.max(0, m.index - 80), m.index)) && !isGeneric(m[1]!) && !isKnown(m[1]!) && !inUrl(m.index) && !inAcronym(m.index + 1))
			.map((m) => {
				const before = abstract.slice(Math.max(0, m.index - 160), m.index);
				if (EVALUATED_ON.test(before)) return { type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] };
				const used = OWNED_BY_ANOTHER.test(before.slice(-60)) || RESTED_ON.test(abstract.slice(m.index + m[0].length));
				return { type: 'method' as const, name: m[1]!, role: used ? ('used' as const) : ('introduced' as const), forms: [] };
			});
	},
};
