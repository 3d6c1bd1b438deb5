/**
 * Names written in capitals that the abstract never spells out, set before the noun that says
 * what they are: "an interface for the CARLA simulator", "We use the TIMIT and NIST SRE08 corpora
 * as case studies", "the ADNI database". A capitalised word before such a noun is
 * `cue-noun-names.ts`'s, but a bare acronym it leaves to the acronym rules, which read a
 * definition ("MRI data", "CNN model"); a name that is only written in capitals has none, and so
 * was found by no rule. What makes it a name here is the sentence, not a list of names: "the",
 * then one name or a list of them, then a noun of a kind of data collection or of software, the
 * way every field refers to a particular corpus, database or simulator it used.
 *
 * Data kinds ("corpus", "database", "benchmark", "simulation suite", "survey", "program") and
 * software kinds ("simulator", "library", "toolbox") only: "data", "model", "method" or "score"
 * after capitals as often name a kind of measurement or a generic technique ("the EEG data", "the
 * CNN model"). A name is four capitals
 * or more, or capitals with digits or a hyphen ("SRE08", "NASA-TLX"), optionally after a second
 * word of capitals ("NIST SRE08"); shorter ones are the common abbreviations of kinds ("the MRI
 * database", "the GPS dataset"). One the abstract defines is the acronym rules', one a lexicon
 * lists or the generic list holds is left to them too.
 */
import { kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** One word written in capitals (digits and an inner hyphen allowed). */
const CAPS = String.raw`[A-Z][A-Z\d]*(?:-[A-Z\d]+)*`;
/** A name: one or two such words. */
const NAME = String.raw`${CAPS}(?:\s${CAPS})?`;
/** Kinds of data collection and of software, singular and plural. */
const KINDS = [
	'corpus', 'corpora', 'database', 'databases', 'dataset', 'datasets', 'benchmark', 'benchmarks', 'simulator', 'simulators',
	'library', 'libraries', 'toolbox', 'toolboxes', 'toolkit', 'toolkits', 'package', 'packages', 'simulation suite', 'simulation suites',
	'survey', 'surveys', 'program', 'programme',
];
/**
 * A suite of simulations and an observing or survey programme are data the paper draws on, as the
 * sciences share them ("the CAMELS-SAM simulation suite", "three disks from the MINDS program").
 */
const typeOfKind = (kind: string) => kindOfCue(kind) ?? 'dataset';
/** "the", one name or a list of them, then a kind noun. */
const PATTERN = new RegExp(String.raw`\b[Tt]he\s+((?:${NAME}\s*,\s*)*${NAME}(?:,?\s+(?:and|or)\s+${NAME})?)\s+(${KINDS.join('|')})\b`, 'g');

/** Whether a word of capitals is shaped as a name rather than the abbreviation of a kind. */
function isNameWord(word: string): boolean {
	return word.length >= 4 || /[\d-]/.test(word);
}

/** Undefined capitalised names before a noun of a kind of data or software. */
export const capitalNamesOfKind: EntityRule = {
	name: 'capital names of kind',
	priority: 1,
	find(context) {
		const { abstract, acronyms, inUrl } = context;
		const defined = new Set(acronyms.map((a) => a.short));
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, PATTERN)) {
			if (inUrl(m.index)) continue;
			const [, list, kind] = m as unknown as [string, string, string];
			const items = list.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).filter(Boolean);
			// A singular kind names one thing: "the CARLA simulator", not "the TIMIT and WSJ corpus".
			if (items.length > 1 && !/(?:s|ora)$/.test(kind)) continue;
			const names = items.filter((item) => item.split(/\s/).some(isNameWord) && !defined.has(item) && !context.isGeneric(item) && !context.isKnown(item));
			// One item that is no name makes the list a description ("the US and EU databases").
			if (names.length !== items.length) continue;
			for (const name of names) found.push({ type: typeOfKind(kind), name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
