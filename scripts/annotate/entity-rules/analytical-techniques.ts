/**
 * An instrumental technique named in lower case with no acronym: "a two-step automated
 * medium-pressure liquid chromatography procedure", "quantified with gas chromatography",
 * "characterised by X-ray photoelectron spectroscopy", "determined by indirect calorimetry", "body
 * composition by dual-energy X-ray absorptiometry". Chemistry, soil science, biology, materials
 * science and medicine write them so, and the head noun alone says a technique is meant:
 * "chromatography", "spectrometry", "spectroscopy", "microscopy", "electrophoresis", "calorimetry",
 * "cytometry", "voltammetry", "tomography", "scintigraphy", "absorptiometry", "densitometry" and "interferometry" name
 * nothing but ways of measuring (unlike "analysis" or "extraction", which name steps of any work,
 * "feature extraction" among them). An extraction is a technique when the word before it names its
 * medium or means ("accelerated solvent extraction", "pressurized liquid extraction", "solid-phase
 * extraction", "microwave-assisted extraction"), not what it extracts ("relation extraction").
 *
 * The words before the head say which technique it is ("gas", "liquid", "mass", "X-ray"): at least
 * one is needed, as "chromatography" alone names the family. Qualifiers of the run rather than of
 * the technique ("automated", "two-step", "standard") are taken off the front. A radionuclide's mass number
 * glued to its element is such a word ("99mTechnetium sestamibi scintigraphy"). A phrase inside an
 * acronym's definition ("gas chromatography/mass spectrometry (GC/MS)") is the acronym rules' to name.
 * Two techniques "coupled with" (or "linked", "interfaced", "hyphenated to") each other are one
 * instrument and one name ("gas chromatography coupled with isotope ratio monitoring mass spectrometry").
 * A sentence that opens with the technique capitalises its first modifier, which the lower-case
 * pattern cannot take: "Atomic force microscopy showed …" names atomic force microscopy, not "force
 * microscopy", so a capitalised opener that is no function word or run qualifier joins the name.
 * Physics and chemistry name techniques after their inventors too, the surname capitalised inside a
 * sentence: "a Fourier transform spectroscopy technique" is Fourier transform spectroscopy, not
 * "transform spectroscopy", and "Bloch oscillations with Ramsey interferometry" names Ramsey
 * interferometry with no lower-case modifier at all. A capitalised word right before the phrase, no
 * sentence's first and after no other capitalised word (a title-case phrase is no eponym), joins it;
 * an adjective ("Gaussian", "Optical") does not.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Heads that name only a way of measuring. */
const HEAD = String.raw`(?:chromatography|spectrometry|spectroscopy|microscopy|electrophoresis|calorimetry|cytometry|voltammetry|tomography|scintigraphy|absorptiometry|densitometry|interferometry)`;
// A lower-case word, hyphenated parts allowed ("medium-pressure", "X-ray", "thin-layer"), that is no function word.
// Function words, and the words that introduce an example or a list ("including", "such as", "namely").
const STOP = String.raw`(?:the|a|an|by|with|using|via|of|in|on|for|to|and|or|nor|but|from|at|as|than|into|under|after|before|during|through|throughout|within|without|between|among|upon|over|across|against|following|prior|per|toward|towards|were|was|is|are|be|been|then|also|only|not|its|their|our|this|that|these|those|such|like|including|include|includes|included|namely|both|either|whereas|while)`;
/** A function word, or one that introduces an example or a list. */
export const STOP_WORD = new RegExp(String.raw`^${STOP}$`, 'i');
// A radionuclide written as its mass number and element, metastable or not ("99mTechnetium", "201Thallium").
const WORD = String.raw`(?!${STOP}\b)(?:[a-z][a-z0-9]*|X-ray|[a-z]+-[A-Za-z]+|\d{1,3}m?[A-Z][a-z]+)(?:-[a-z0-9]+)*`;
const TECHNIQUE = new RegExp(String.raw`(?<![\w-])((?:${WORD}\s+){1,4})${HEAD}(?![\w-])`, 'g');
/** An inventor's name, or two joined by a hyphen or an en dash ("Ramsey", "Mach-Zehnder", "Hanbury–Brown"). */
const SURNAME = String.raw`[A-Z][a-zà-ÿ]+(?:[-–][A-Z][a-zà-ÿ]+)?`;
/** The surname right before a phrase: after a lower-case word or a bracket, so no sentence's first word and no title-case phrase's. */
const EPONYM_BEFORE = new RegExp(String.raw`(?:(?:^|\s)[a-z][\w-]*[,;]?\s+|\()(${SURNAME})\s+$`);
/** A surname right before the head: "with Ramsey interferometry". */
const EPONYM_HEAD = new RegExp(String.raw`(?<=(?:(?:^|\s)[a-z][\w-]*[,;]?\s+|\())(${SURNAME})\s+${HEAD}(?![\w-])`, 'g');
/** An adjective made from a name or a word, not a person's name: "Gaussian", "Optical", "Electronic". */
const ADJECTIVE = /(?:ian|ean|ic|al|ive|ous|ed|ing)$/;
/** An extraction named by its medium or means, up to three words before that. */
const EXTRACTION = new RegExp(String.raw`(?<![\w-])(?:${WORD}\s+){0,3}(?:solvent|liquid|fluid|sorptive|[a-z]+-phase|[a-z]+-assisted)\s+extraction(?![\w-])`, 'g');
/** "… coupled with …": the technique after it joins the one before into one instrument. */
const COUPLED = new RegExp(String.raw`^\s+(?:coupled|linked|interfaced|hyphenated)\s+(?:to|with)\s+(?:(?:${WORD}\s+){0,4})${HEAD}(?![\w-])`);
/**
 * Qualifiers of how a run is set up or what it serves ("diagnostic", "longitudinal"), not of which technique: taken off the front.
 * A verb's base form ("to classify mass spectrometry data", "quantify", "characterize", "analyse") is no modifier either,
 * nor is what a reading found ("negative or inconclusive scintigraphy results", "equivocal", "discordant").
 */
const RUN_QUALIFIER = /^(?:[a-z]{3,}(?:ify|ize|yse|yze)|automated|automatic|manual|plain|simple|standard|diagnostic|longitudinal|clinical|opportunistic|serial|repeated|follow-up|baseline|preoperative|postoperative|conventional|classical|traditional|routine|preparative|analytical|subsequent|further|online|offline|on-line|off-line|high-throughput|[a-z]+-step|two|three|several|multiple|various|different|modern|new|novel|improved|combined|coupled|commercial|commercially|available|low-cost|cost-effective|inexpensive|cross-sectional|inconclusive|equivocal|discordant|concordant|abnormal|unremarkable|nondiagnostic|non-diagnostic)$/;

/** The technique a matched phrase names, its run qualifiers taken off; undefined when no modifier is left. */
export function techniqueOf(phrase: string): string | undefined {
	const words = phrase.trim().split(/\s+/);
	let first = 0;
	while (first < words.length - 1 && RUN_QUALIFIER.test(words[first]!)) first += 1;
	return first < words.length - 1 ? words.slice(first).join(' ') : undefined;
}

/**
 * Whether the phrase matched at `at` is the tail of a longer one: the word before it is a content
 * word the pattern could not take (joined by a hyphen to what precedes it, as in
 * "(18)F-fluorodeoxyglucose-positron emission tomography", or a fifth modifier), so what is left
 * ("emission tomography") names less than the text does.
 */
function cutShort(abstract: string, at: number): boolean {
	const before = /(\S+)\s+$/.exec(abstract.slice(Math.max(0, at - 80), at))?.[1];
	return !!before && /[a-z0-9]$/.test(before) && /^[a-z]|-/.test(before) && !STOP_WORD.test(before);
}

/**
 * The capitalised word that opens the sentence right before `at`, when it can be a technique's
 * first modifier ("Atomic" of "Atomic force microscopy showed"): not a function word, an "-ing"
 * or "-ed" word ("Using", "Combined") or a run qualifier.
 *
 * @example sentenceOpener('It was cured. Atomic force microscopy showed …', 19) // 'Atomic'
 * @example sentenceOpener('It was cured. Using force microscopy …', 20) // undefined
 */
export function sentenceOpener(abstract: string, at: number): string | undefined {
	const from = Math.max(0, at - 40);
	const m = /(?:^|[.!?]\s+)([A-Z][a-z]+(?:-[a-z]+)*)\s+$/.exec(abstract.slice(from, at));
	// "^" is the sentence's start only where the slice is the abstract's.
	const opener = m && (m.index > 0 || from === 0) ? m[1] : undefined;
	const lower = opener?.toLowerCase();
	return lower && !STOP_WORD.test(lower) && !/(?:ing|ed)$/.test(lower) && !RUN_QUALIFIER.test(lower) ? opener : undefined;
}

/**
 * The inventor's surname right before `at`, which joins the technique's name ("Fourier" of "a Fourier
 * transform spectroscopy technique"); undefined for an adjective, a generic word or a sentence's first word.
 *
 * @example eponymBefore('with a Fourier transform spectroscopy', 14) // 'Fourier'
 */
export function eponymBefore(abstract: string, at: number, isGeneric: (name: string) => boolean): string | undefined {
	const surname = EPONYM_BEFORE.exec(abstract.slice(Math.max(0, at - 60), at))?.[1];
	return surname && !ADJECTIVE.test(surname) && !isGeneric(surname) ? surname : undefined;
}

/**
 * Whether a lexicon lists the phrase or a tail of it with a modifier left ("computed tomography" of
 * "a diagnostic computed tomography"): the lexicon names that technique, and a word before it says
 * what the run served rather than which technique it was.
 */
function endsInKnown(phrase: string, isKnown: (name: string) => boolean): boolean {
	const words = phrase.split(/\s+/);
	return words.slice(0, -1).some((_, i) => isKnown(words.slice(i).join(' ')));
}

/** "gas chromatography", "medium-pressure liquid chromatography": lower-case instrumental techniques, as used methods. */
export const analyticalTechniques: EntityRule = {
	name: 'analytical techniques',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl, inAcronym }) {
		const found: FoundName[] = [];
		let coupledUntil = 0;
		// Most abstracts name no instrument: the scan needs one of the heads' endings.
		for (const m of /(?:graphy|metry|scopy|phoresis)\b/.test(abstract) ? allMatches(abstract, TECHNIQUE) : []) {
			// "In situ/operando X-ray absorption spectroscopy": a phrase opening after a slash is the tail of a longer name.
			if (m.index < coupledUntil || abstract[m.index - 1] === '/' || cutShort(abstract, m.index)) continue;
			const end = m.index + m[0].length;
			const coupled = COUPLED.exec(abstract.slice(end));
			if (coupled) coupledUntil = end + coupled[0].length;
			// A capitalised opener or an eponym joins a phrase that opens on its technique's modifier, not on a run
			// qualifier or a verb ("We classify mass spectrometry data" names no "We classify mass spectrometry").
			const short = m[0].split(/\s+/).length < 5 && techniqueOf(m[0]) === m[0].split(/\s+/).join(' ');
			const opener = short ? (sentenceOpener(abstract, m.index) ?? eponymBefore(abstract, m.index, isGeneric)) : undefined;
			const technique = opener ? `${opener} ${m[0]}` : techniqueOf(m[0]);
			const name = technique && coupled ? technique + coupled[0] : technique;
			if (!name) continue;
			const at = end - technique!.length;
			if (inUrl(at) || inAcronym(at) || isGeneric(name) || endsInKnown(technique!, isKnown)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		for (const m of /(?:graphy|metry|scopy|phoresis)\b/.test(abstract) ? allMatches(abstract, EPONYM_HEAD) : []) {
			const surname = m[1]!;
			// "momentum-space Aharonov-Bohm interferometry": a modifier hyphened before the surname makes a longer name than it.
			if (ADJECTIVE.test(surname) || isGeneric(surname) || /[a-z]-[a-z]+\s+$/.test(abstract.slice(Math.max(0, m.index - 30), m.index))) continue;
			if (inUrl(m.index) || inAcronym(m.index) || isGeneric(m[0]) || isKnown(m[0])) continue;
			found.push({ type: 'method', name: m[0], role: 'used', forms: [] });
		}
		for (const m of abstract.includes(' extraction') ? allMatches(abstract, EXTRACTION) : []) {
			const name = techniqueOf(m[0])!;
			const at = m.index + m[0].length - name.length;
			if (!cutShort(abstract, m.index) && !inUrl(at) && !inAcronym(at) && !isGeneric(name) && !endsInKnown(name, isKnown)) found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
