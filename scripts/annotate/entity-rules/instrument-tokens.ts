/**
 * A coined token or an acronym the abstract never defines, named as what the paper works with:
 * "preprocessed using an automated pipeline based in SPM", "tested using SPSS v.20", "queries
 * written in XQuery", or as what does the work: "Mwp shows good agreement with …". Such a token
 * has no long form and often no kind noun, so neither the acronym rules nor the cue-noun rules
 * can read it; in every field a software package, a standard, a language or a named measure is
 * written so. What a bare acronym more often is, a common term ("ICT revolution", "95% CI",
 * "L2 exposure", "DNN bugs"), stands as a modifier before a noun or after no verb of use, so
 * two things together say a name is meant:
 *
 * - the token is the whole object of a verb of use ("using", "via", "based on", "implemented in",
 *   "written in", "by means of", "the … procedure in", …), ending where the noun phrase ends
 *   (punctuation, a function word, a version: "SPSS v.20", a program noun), or the subject of a verb of showing or doing ("X shows",
 *   "X allows", "X is applicable") at a clause's start;
 * - its shape is coined: two capitals or more, or an inner capital, or a digit among letters
 *   ("CMIP5"), never a plural ("DNNs"), a one-letter label ("L2", "F3"), a compound adjective
 *   ("ICA-based"), a pathogen, a chemical formula or a programming language. Capitalised words
 *   after it belong to the name ("using GitHub Copilot"); a plain first word ("Google Earth
 *   Engine") is left to the cue-noun rules, as a place or a firm is written so too. A short
 *   word of one capital ("Mwp") is a name only where the title writes it as well.
 *
 * The generic list holds the common terms of computing ("API", "GPU"), the lexicons the known
 * names; an acronym the abstract defines is left to the acronym rules, which read its long form.
 */
import type { EntityRule } from './entity-rule.ts';
import { isProgrammingLanguage } from './name-shapes.ts';
import { allMatches } from '../all-matches.ts';

/** A token of capitals, digits and letters, with slashed or hyphenated parts and a version "+". */
const TOKEN = String.raw`[A-Z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*\+*`;
/** The token and up to two capitalised words after it, one name ("GitHub Copilot"). */
const NAME = String.raw`${TOKEN}(?:\s+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,2}`;
/**
 * Verbs and phrases of use: the noun phrase after one is what the paper works with. A procedure or
 * routine "in" or "of" a package, and a model fitted "in" one, name the package the analysis ran in
 * ("using the nonlinear procedure in SAS", "the MIXED procedure of SAS", "a linear model in ASReml").
 */
const USE = String.raw`(?:[Pp]rocedures?\s+(?:in|of)|[Rr]outines?\s+(?:in|of)|(?:[Ff]unctions?|[Mm]odels?)\s+in|[Uu]sing|[Vv]ia|[Uu]se\s+of|[Ee]mploy(?:s|ed|ing)?|[Bb]ased\s+(?:on|in|upon)|[Bb]uilt\s+(?:on|with|in)|[Ii]mplemented\s+(?:in|with)|[Ww]ritten\s+in|[Ee]xpressed\s+in|[Ee]ncoded\s+in|[Pp]erformed\s+(?:in|with)|[Pp]rocessed\s+(?:in|with)|[Aa]naly[sz]ed\s+(?:in|with)|[Cc]omputed\s+(?:in|with)|[Rr]un\s+(?:in|with)|[Bb]y\s+means\s+of|[Ww]ith\s+the\s+help\s+of)`;
/**
 * Where the noun phrase ends: punctuation (not a version's dot, "Qwen2.5"), a function word or verb, a
 * version ("v.20"), or the noun of a program it is ("implemented in the MCMCtree computer program").
 */
const PHRASE_END = String.raw`(?=\s*(?:[,;:)]|\.(?!\w)|$)|\s+(?:(?:computer|software)\s+(?:programs?|packages?)\b|v\.?\s?\d+|version\b|to|for|with|of|in|on|at|by|from|and|or|that|which|as|is|are|was|were|has|have|can|could|may|will|would)\b)`;
/**
 * A noun of data right after the token ("using TIMSS data"): the token names the collection, as
 * surveys and assessments are named in the social sciences and medicine ("PISA data", "NHANES data").
 */
const DATA_NOUN = String.raw`\s+(data(?:sets?|base)?|survey)\b`;
/** The noun phrase ends after the token, or after its data noun, which closes it. */
const OBJECT_OF_USE = new RegExp(String.raw`\b${USE}\s+(?:the\s+)?(${NAME})(?:${DATA_NOUN}|${PHRASE_END})`, 'g');
/**
 * A name a data noun may follow: four capitals or more, or capitals with a digit or a hyphen
 * ("TIMSS", "ECLS-K", "ERA5"); shorter ones are the abbreviations of kinds of signal ("MRI data", "GPS data").
 */
const DATA_NAME = /^(?:[A-Z]{4,}|[A-Z][A-Z\d]*(?:\d|-[A-Z\d]+)[A-Z\d]*)$/;
/** A verb of showing or doing whose subject is the work itself ("Mwp shows", "X is also applicable"). */
const DOING = String.raw`(?:(?:also|then)\s+)?(?:(?:show|allow|provide|yield|achieve|outperform|generate|produce|enable|support)(?:s|ed)?|showed|shown|is\s+(?:also\s+)?applicable|(?:can|could|may)\s+(?:also\s+)?(?:show|allow|provide|yield|achieve|outperform|generate|produce|enable|support))\b`;
const SUBJECT = new RegExp(String.raw`(?:^|[.;:!?]\s+|,\s+(?:and\s+|while\s+|whereas\s+)?|\b(?:that|and)\s+)(${NAME})\s+${DOING}`, 'g');

/** Diseases and pathogens name what is studied, and so does a chemical formula of common elements with a count ("CO2"; "SPSS" has none). */
const PATHOGEN = /^(?:COVID|SARS|MERS|HIV|H\dN\d|Ebola|Zika)/i;
const FORMULA = /^(?=\D*\d)(?:(?:H|C|N|O|S|P|F|K|Cl|Na|Ca|Mg|Fe|Si|Al|Cu|Zn|Pb|Hg)\d*){1,4}$|^PM\d/;

/**
 * Whether a token is shaped as a coined name or an acronym rather than a word or a label.
 *
 * @example isTokenShaped('SPM') // true
 * @example isTokenShaped('CMIP5') // true
 * @example isTokenShaped('L2') // false
 */
export function isTokenShaped(token: string): boolean {
	const bare = token.replace(/\+$/, '');
	if (PATHOGEN.test(bare) || FORMULA.test(bare) || /-(?:based|driven|like|level|scale|specific|free|aware)$/i.test(bare)) return false;
	// A plural of an acronym names a kind ("DNNs", "RTs"); one letter and a digit is a label ("L2", "F3").
	if (/^[A-Z]+s$/.test(bare) || /^[A-Z]\d+$/.test(bare)) return false;
	const capitals = bare.replace(/[^A-Z]/g, '').length;
	return capitals >= 2 || /[a-z][A-Z]/.test(bare) || (/\d/.test(bare) && /[A-Za-z]{2}/.test(bare));
}

/** Undefined acronyms and coined tokens the paper works with, as methods it uses. */
export const instrumentTokens: EntityRule = {
	name: 'instrument tokens',
	priority: 0,
	find({ title, abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		const defined = new Set(acronyms.flatMap((a) => [a.short, a.long]));
		const names = new Set<string>();
		const data = new Set<string>();
		for (const m of [...allMatches(abstract, OBJECT_OF_USE), ...allMatches(abstract, SUBJECT)]) {
			const token = m[1]!;
			// Only the object of use may carry a data noun (the subject pattern has no second group).
			const dataNoun = m[2] !== undefined;
			if (dataNoun && !DATA_NAME.test(token)) continue;
			const first = token.split(/\s+/)[0]!;
			const at = m.index + m[0].indexOf(token);
			// A short word of one capital ("Mwp") is shaped as any word; it is a name where the title writes it too.
			const titleWord = /^[A-Z][a-z]{1,3}$/.test(token) && new RegExp(`(?<![\\w-])${token}(?![\\w-])`).test(title);
			if (!(titleWord || isTokenShaped(first)) || isProgrammingLanguage(first) || inUrl(at) || inAcronym(at)) continue;
			if (defined.has(token) || isGeneric(token) || isKnown(token)) continue;
			// A known or defined first word leaves the name to the rules that know it ("GPT-4 Turbo", "ABIDE Phenotypes");
			// a platform the generic list holds may open a product's name ("GitHub Copilot").
			if (defined.has(first) || isKnown(first)) continue;
			names.add(token);
			if (dataNoun) data.add(token);
		}
		return [...names].map((name) => ({ type: data.has(name) ? ('dataset' as const) : ('method' as const), name, role: 'used' as const, forms: [] }));
	},
};
