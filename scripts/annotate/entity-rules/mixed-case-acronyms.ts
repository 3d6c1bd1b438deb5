/**
 * Acronyms whose long form mixes a proper word with lower-case ones: "the FAIR bioHeaders
 * Reference genome (FHR)", "the Mw from Harvard centroid moment tensor (CMT) solutions". A title-
 * case long form is `named-acronyms.ts`'s and a lower-case one names a concept more often than a
 * work ("large language model (LLM)"), but a capital inside the long form where no sentence starts
 * is a proper name's, a person's, a place's or a project's, and a defined acronym over it is a
 * named thing of the field: a standard, a catalogue, a solution set, an index. The acronym finder
 * stops at the letters the short form spells, so a proper word right before them ("Harvard") joins
 * the long form when it is no sentence's first word. A capital on the long form's first word alone
 * counts only after "the" ("the Copernicus land cover database"): elsewhere it is as often sentence
 * case ("Perceived usefulness (PU)").
 *
 * Left out: an adjective of a people or a school ("Bayesian optimization (BO)", "Gaussian process"),
 * capitals that are acronyms themselves ("functional MRI (fMRI)", a kind of scan), and names the
 * lexicons or the generic list hold; organisations and places are the name filters' to drop. The
 * name is the paper's own when the authors' sentence makes or describes it ("we describe the …"),
 * unless a preposition of means stands between ("we develop a scheme via Hidden Markov models").
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { kindOfCue } from './cue-nouns.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { SUBJECT } from './introduced/contribution-statement.ts';
import { isKindWord } from './name-shapes.ts';
import { isTitleCase } from './named-acronyms.ts';
import { allMatches } from '../all-matches.ts';

const SMALL_WORD = /^(?:a|an|the|of|for|in|on|to|and|or|with|without|via|by|from|at|as)$/;
/** A proper word: a capital then a lower-case letter ("Harvard", "Reference"), or an inner capital ("bioHeaders"). */
const PROPER = /^[A-Z][a-z]|[a-z][A-Z]/;
/** An adjective of a people, a language or a school of thought: "Bayesian", "Gaussian", "English". */
const ADJECTIVE = /(?:ian|ean|ish|ese|ic|al)$/;
/** One capitalised word right before the long form ("… from Harvard "), the sentence's first excluded. */
const PROPER_BEFORE = /(?<![.!?:;]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+)\s$/;
/** Verbs by which authors make or set out a thing of their own. */
const MAKING = /\b(?:propos|introduc|present|develop|design|creat|devis|construct|buil|releas|describ|defin)\w*\b/gi;
/** A preposition of means after the verb: what follows is what the made thing works by ("a scheme via Hidden Markov models (HMMs)"). */
const MEANS = /\b(?:via|using|through|with|based\s+on|by\s+means\s+of)\b/i;

/** Where the last verb of making in `text` ends. */
function lastMaking(text: string): number {
	const verb = allMatches(text, MAKING).at(-1);
	return verb ? verb.index + verb[0].length : 0;
}

/** The long form with a proper word before it joined, and where it starts in the abstract. */
function extendedLongForm(abstract: string, acronym: Acronym): { long: string; start: number } {
	const { long, span } = acronym;
	const before = PROPER_BEFORE.exec(abstract.slice(Math.max(0, span.start - 40), span.start));
	if (!before || ADJECTIVE.test(before[1]!) || /^[A-Z]/.test(long)) return { long, start: span.start };
	return { long: `${before[1]} ${long}`, start: span.start - before[0].length };
}

/**
 * Whether a long form mixes a proper word (none only an adjective) with a lower-case word. A capital
 * on its first word alone is sentence case ("Perceived usefulness (PU)"), and one on a field's kind
 * ("Continual few-shot Learning") is a kind's, not a proper name.
 */
export function isMixedCase(long: string): boolean {
	const words = long.split(/\s+/).filter(Boolean);
	const proper = words.slice(1).filter((w) => PROPER.test(w) && !isKindWord(w));
	const lower = words.filter((w) => /^[a-z]/.test(w) && !SMALL_WORD.test(w) && !/[A-Z]/.test(w));
	return proper.length > 0 && lower.length > 0 && !proper.every((w) => ADJECTIVE.test(w));
}

/** Acronyms defined over a long form that mixes a proper word with lower-case ones. */
export const mixedCaseAcronyms: EntityRule = {
	name: 'mixed-case acronyms',
	priority: 1,
	find({ abstract, sentences, acronyms, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const acronym of acronyms) {
			// Only "long form (SHORT)": the span opens with the long form.
			if (!acronym.span.text.startsWith(acronym.long)) continue;
			const { long, start } = extendedLongForm(abstract, acronym);
			const sentence = sentences.find((s) => start >= s.start && start < s.end);
			// A proper word joined from before counts as one inside ("Harvard centroid moment tensor"), and
			// so does a first word after "the" ("the Copernicus land cover database"), which no sentence case explains.
			const named = long !== acronym.long || /\bthe\s$/i.test(abstract.slice(Math.max(0, start - 4), start));
			if (isTitleCase(long) || !isMixedCase(named ? `the ${long}` : long)) continue;
			const { short } = acronym;
			if (isGeneric(short) || isKnown(short) || isKnown(long) || inUrl(start)) continue;
			const before = sentence ? abstract.slice(sentence.start, start) : '';
			const role = SUBJECT.test(before) && lastMaking(before) > 0 && !MEANS.test(before.slice(lastMaking(before))) ? 'introduced' : 'used';
			const type = kindOfCue(long.split(/\s+/).at(-1)!) ?? 'method';
			found.push({ type, name: short, role, forms: [long] });
		}
		return found;
	},
};
