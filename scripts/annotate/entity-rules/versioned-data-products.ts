/**
 * A versioned name that stands beside a noun of data products: a coined token with a version
 * number as the modifier of the runs, images or records taken from it ("78 daily CMIP5
 * simulations", "ERA5 reanalysis fields", "Sentinel-2 scenes"), the source those come from
 * ("climate projections in CMIP6", "simulations from MERRA-2", often in the title alone), or a
 * title-case name with a phase, version or release ("the Coupled Model Intercomparison Project
 * phase 3 ensemble"). Archives of model runs, reanalyses and satellite products are named so in
 * the earth sciences, remote sensing and ecology, and such a name is seldom defined, given a kind
 * noun or put after a verb of use, so the acronym, cue-noun and instrument rules miss it.
 *
 * The version number is what says a name is meant: a bare acronym before the same nouns is most
 * often a kind ("GCM simulations", "MRI images", "SAR scenes"), so a token without a digit is
 * left alone, as are the shapes `isTokenShaped` leaves (a one-letter label "T1 images", a formula
 * "CO2 fields", "PM2.5 data") and an emission scenario's decimal ("RCP8.5 projections"). "Models"
 * is no data noun here: before it a versioned token is as often a model family as an archive.
 * An acronym the abstract defines, a generic or known name, or one with a known first word is
 * left to the rules that read its long form or know it.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { isTokenShaped } from './instrument-tokens.ts';
import { allMatches } from '../all-matches.ts';

/** A coined token that carries a version digit ("CMIP5", "ERA5", "MERRA-2", "Sentinel-2"). */
const VERSIONED = String.raw`[A-Z][A-Za-z]*-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
/** Nouns of what a data archive or product holds: runs, fields, scenes, records. */
const PRODUCT = String.raw`(?:simulations?|projections?|runs|outputs?|ensembles?|reanalys[ie]s|scenes|images|imagery|records|members|experiments|products|archives?|fields|forecasts|hindcasts|observations|data(?:sets?)?|time\s+series|composites)`;
/** Where the version ends: not inside a decimal ("RCP8.5") or a longer compound ("CMIP5-based"). */
const TOKEN_END = String.raw`(?![\w.-]\d|[\w-])`;
const MODIFIER = new RegExp(String.raw`(?<![\w-]|[A-Z][A-Za-z0-9-]*\s)(${VERSIONED})${TOKEN_END}\s+(?:(?:reanalysis|satellite|model|daily|monthly|annual|hourly)\s+)?${PRODUCT}\b`, 'g');
const SOURCE = new RegExp(String.raw`\b${PRODUCT}\s+(?:in|from)\s+(?:the\s+)?(${VERSIONED})${TOKEN_END}(?!\s+[A-Z])`, 'g');
/** A title-case name of two words or more with its phase, version or release before a data noun. */
// The phase may be capitalised as part of the name ("… Intercomparison Phase 3"), and a word of what the
// runs model may stand before the data noun ("… Phase 3 ocean simulations").
const PHASED = new RegExp(String.raw`\b((?:[A-Z][a-z]+\s+){1,6}[A-Z][a-z]+\s+(?:[Pp]hase|[Vv]ersion|[Rr]elease)\s+\d+)\s+(?:(?:climate|ocean|atmosphere|atmospheric|land|earth|model|reanalysis|satellite|daily|monthly|annual|hourly)\s+)?${PRODUCT}\b`, 'g');
/** Function words a sentence may open with before the name. */
const OPENER = /^(?:The|A|An|In|From|Of|For|With|Using|By|On|At|We|Our|This|These)\s+/;

/** Versioned archives and products the paper takes its runs, fields or scenes from, as datasets it uses. */
export const versionedDataProducts: EntityRule = {
	name: 'versioned data products',
	priority: 0,
	find({ title, abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		const defined = new Set(acronyms.flatMap((a) => [a.short, a.long]));
		const names = new Map<string, FoundName>();
		const take = (raw: string, at: number, text: string, shaped: boolean) => {
			let name = raw;
			while (OPENER.test(name)) name = name.replace(OPENER, '');
			if (shaped && !isTokenShaped(name)) return;
			if (text === abstract && (inUrl(at) || inAcronym(at))) return;
			const first = name.split(/\s+/)[0]!;
			if (defined.has(name) || defined.has(first) || isGeneric(name) || isKnown(name) || isKnown(first)) return;
			// A name the title alone writes has its one mention there.
			const titleOnly = text === title && !abstract.includes(name);
			if (!names.has(name)) names.set(name, { type: 'dataset', name, role: 'used', forms: [], ...(titleOnly ? { titleOnly } : {}) });
		};
		for (const text of [abstract, title]) {
			for (const m of allMatches(text, MODIFIER)) take(m[1]!, m.index, text, true);
			for (const m of allMatches(text, SOURCE)) take(m[1]!, m.index + m[0].lastIndexOf(m[1]!), text, true);
			// Two title-case words at least besides the opener, so a sentence's first word is no name by itself.
			for (const m of allMatches(text, PHASED)) if (m[1]!.replace(OPENER, '').split(/\s+/).length >= 4) take(m[1]!, m.index, text, false);
		}
		return [...names.values()];
	},
};
