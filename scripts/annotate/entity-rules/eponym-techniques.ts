/**
 * Techniques named after a person, as numerical analysis and statistics name them: "the
 * well-known Anderson Acceleration", "the Lanczos algorithm", "a Newton-Raphson method". A
 * capitalised word that is no sentence's first, before a technique's head noun, is the
 * technique's name ("the Francis reparametrization" of a growth curve, as fisheries write it; "Soxhlet extractions", as the lab sciences do); an acronym ("the RL algorithm") is left to the lexicons, and a longer capitalised
 * phrase ("path integral Monte Carlo method") is a family of methods, not one person's. A score
 * named so ("the Brier score", "the Apgar score") is a measure, a method in the schema: one
 * surname before a lower-case "score", as a title-case "Frequency-Averaged Score" is a coined name.
 * So is an economic or statistical model ("the Hotelling model", "a workhorse Bewley model"), when
 * the surname is written nowhere else without "model" (a system's own name, "Mamba", stands alone
 * too), never in lower case (a common noun capitalised, "Language model", is written so elsewhere)
 * and is no adjective ("Gaussian", "Bayesian"). So is a test, as the clinical and sports sciences name
 * theirs after a person or a place ("a Romberg test", "the Illinois test"; a lower-case "test" only, and
 * never after an adjective, "a Bayesian test"). So, in medicine, is a grading system or a laboratory
 * stain named after its author ("Frankel grades", "the Gleason grading", "Frankel classification", "Ann
 * Arbor staging", "Gram staining", "a Giemsa stain"; lower-case head only, as a title-case "Patient
 * Classification" is a heading or a coined name): a method used to grade the patients or read the sample.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const EPONYM =
	/(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+(?:[-–][A-Z][a-z]+)?)\s+([Aa]cceleration|[Aa]lgorithm|[Mm]ethod|[Ii]teration|[Tt]ransform|[Dd]ecomposition|[Ee]xtrapolation|[Ss]ampler|[Rr]e-?parametri[sz]ation|[Rr]e-?parameteri[sz]ation|extractions?|tests?|classification|grades|grading|staging|criteria|staining|stains?)\b|(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+)\s+(score|model)\b/g;
// "the Gaussian model", "a Bayesian model", "the Boolean model": an adjective made from a name is a family, not one person's model (or score).
const ADJECTIVE = /(?:ian|ean|ic|al|ive|ous)$/;

// A clinical grading system or a laboratory stain is a method too ("Frankel grades", "Gram staining").
// "the Francis reparametrization" of a growth curve: a way of writing a model, a method rather than an
// algorithm; so is "Soxhlet extractions", a lab procedure named after its inventor (the pattern reads the
// head in lower case only, so a title-case task, "Information Extraction", is not read as a person's).
const METHOD_HEAD = /parametri[sz]ation|parameteri[sz]ation|^extractions?$|^tests?$|^(?:classification|grades|grading|staging|criteria|staining|stains?)$/;

/** Whether `word` is written somewhere in `abstract` without "model" after it. */
const standsAlone = (abstract: string, word: string) => new RegExp(String.raw`\b${word}\b(?!['’]?s?\s+model\b)`).test(abstract);

/** "Anderson Acceleration", "the Lanczos algorithm": a person's name before a technique's head noun. */
export const eponymTechniques: EntityRule = {
	name: 'eponym techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return allMatches(abstract, EPONYM)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1] ?? m[3]!) && !isKnown(m[1] ?? m[3]!) && !isKnown(m[0]))
			// A model is named after a person only where the surname never stands alone: "Mamba model" beside "Mamba" names Mamba.
			.filter((m) => m[4] !== 'model' || (!ADJECTIVE.test(m[3]!) && !standsAlone(abstract, m[3]!) && !abstract.includes(m[3]!.toLowerCase())))
			// "a Bayesian score model": an adjective made from a name qualifies a score as it does a model; no one's score is meant.
			.filter((m) => m[4] !== 'score' || !ADJECTIVE.test(m[3]!))
			// "a Bayesian test" is a kind of test; "the Illinois test", "a Stroop test" are one named test.
			.filter((m) => !/^(?:tests?|classification|grades|grading|staging|criteria|staining|stains?)$/.test(m[2] ?? '') || !ADJECTIVE.test(m[1]!))
			.map((m) => ({ type: m[4] || METHOD_HEAD.test(m[2] ?? '') ? ('method' as const) : ('algorithm' as const), name: m[0], role: 'used' as const, forms: [] }));
	},
};
