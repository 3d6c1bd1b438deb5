/**
 * How an entity's name compares across papers, so that spellings of one name give one entity
 * page: each paper names its entities from its own text, and its id is the slug of what it wrote,
 * so "GLM" and "GLMs", "G.L.M." and "GLM", "Generalised Linear Model" and "Generalized Linear
 * Models", "animal model" and "animal models", "Bose–Einstein" and "Bose-Einstein" were two pages
 * each (round 36's forest site, round 33's telomere site), each listing half the papers.
 *
 * The form folds only what writing varies and never what names differ by: letter case, dots
 * between initials, an acronym's plural "s" (after two capitals: "GLMs", "LLMs", not "AMPS"),
 * British spelling (`american-spelling.ts`, and "-ise" against "-ize", which that module leaves
 * alone since "supervised" and "noise" have no "z"), a common last word's plural (`phraseForm`),
 * and dashes or hyphens against spaces. Digits, "+" and every letter stay: "ScanNet++" is not
 * "ScanNet", "Llama 3" is not "Llama 2", "RefCOCO+" is not "RefCOCO".
 */
import { phraseForm } from './phrase-form.ts';

/** Initials with a dot after each ("G.L.M.", "U.S."), the last dot optional. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.\s?){1,}\p{Lu}(?:\.|(?![\p{L}\p{N}]))/gu;
/** An acronym's plural: a lower-case "s" after two capitals that end a word ("GLMs", "LoRAs"). */
const ACRONYM_PLURAL = /(?<=\p{Lu}[\p{Ll}\p{N}-]*\p{Lu})s(?![\p{L}\p{N}])/gu;

/** "-ize" of "generalized", "randomized", "optimizer", folded to "-ise" so both spellings meet. */
const IZE = /(?<=\p{L}{3})iz(?=(?:e|ed|es|er|ers|ing|ation|ations)(?!\p{L}))/giu;

/**
 * The comparable form of an entity's name: two names of one type with the same form are one entity.
 *
 * @example entityNameForm('GLMs') // 'glm'
 * @example entityNameForm('G.L.M.') // 'glm'
 * @example entityNameForm('Generalized Linear Models') // 'generalised linear model'
 * @example entityNameForm('Bose–Einstein condensate') // 'bose einstein condensate'
 * @example entityNameForm('AMPS') // 'amps'
 */
export function entityNameForm(name: string): string {
	const undotted = name.replace(DOTTED_INITIALS, (initials) => initials.replace(/[.\s]/g, ''));
	const singular = undotted.replace(ACRONYM_PLURAL, '');
	const spaced = singular.replace(/[\s\-\u2010-\u2015]+/gu, ' ').trim().replace(IZE, 'is');
	// A last word in capitals is an acronym, whose last "S" is a letter of it ("AMPS"); `phraseForm` would drop it.
	const last = spaced.slice(spaced.lastIndexOf(' ') + 1);
	return /\p{Lu}.*\p{Lu}/u.test(last) ? spaced.toLowerCase() : phraseForm(spaced);
}
