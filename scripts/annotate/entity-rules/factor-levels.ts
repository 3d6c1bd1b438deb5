/**
 * The levels of a factor an experiment varies are not entities: "diets of either reduced (RS) or
 * normal (NS) starch concentrations", "formulated to 22% (LS) or 28% (HS) starch", "with dry ground
 * corn (DGC) or high-moisture corn (HMC) as the primary starch source". Feeding, field and clinical
 * trials abbreviate their treatments so, and later sentences compare them ("HS lost body weight
 * compared with LS"), which the comparison and description rules read as named work.
 *
 * The wording gives the levels away: two abbreviations in brackets joined as alternatives, each
 * after a description of one word — a number or an adjective — before a noun they share
 * ("reduced (RS) or normal (NS) starch"), or after descriptions that end in the same head noun
 * ("dry ground corn (DGC) or high-moisture corn (HMC)"). Named work is not written so: "proximal
 * policy optimization (PPO) and soft actor-critic (SAC)" neither shares a head nor has one word each.
 * A group defined with its size is a level too: "under 17 (U17; n = 25)", "controls (HC, n = 30)";
 * a named work is never counted in participants. So is one the text calls a condition of the
 * experiment: "curvilinear forms (CL), nature views (N) … the CL and N conditions did not improve
 * …" (a within-subject design names its conditions so, and no one writes "the PPO condition" of a
 * method it uses).
 */
import { forLastText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const ABBREVIATION = String.raw`\(([A-Z][A-Za-z\d-]{0,7})\)`;
/**
 * "either reduced (RS) or normal (NS) starch", "to 22% (LS) or 28% (HS) starch": one word each, the
 * first after a function word or punctuation (so it is the whole description), a noun after both.
 */
const ONE_WORD_LEVELS = new RegExp(
	String.raw`(?:^|[,;:(]\s*|\b(?:either|of|to|at|with|a|an|the|or|and|in|on|for|from|by)\s+)[\w.%±-]+\s+${ABBREVIATION},?\s+(?:or|and|vs\.?|versus)\s+[\w.%±-]+\s+${ABBREVIATION}\s+(?=[a-z])`,
	'g',
);
/** "dry ground corn (DGC) or high-moisture corn (HMC)": alternatives that end in one head noun. */
const SHARED_HEAD_LEVELS = new RegExp(String.raw`\b([a-z][a-z-]+)\s+${ABBREVIATION},?\s+(?:or|vs\.?|versus)\s+(?:[\w-]+\s+){0,3}?\1\s+${ABBREVIATION}`, 'g');

/** "under 17 (U17; n = 25)": an abbreviation defined together with its group's size. */
const SIZED_GROUP = /\(([A-Z][A-Za-z\d-]{0,7})[;,]\s*[nN]\s*=\s*\d/g;

/** "the CL and N conditions", "The W condition": abbreviations named as the experiment's conditions. */
const NAMED_CONDITIONS = /\b[Tt]he\s+((?:[A-Z][A-Za-z\d-]{0,7}(?:,\s+|,?\s+(?:and|or)\s+))*[A-Z][A-Za-z\d-]{0,7})\s+conditions?\b/g;

/** The abbreviations `text` defines for the levels of a factor. */
export function factorLevels(text: string): Set<string> {
	const levels = new Set<string>();
	if (text.includes(' condition')) {
		for (const m of allMatches(text, NAMED_CONDITIONS)) {
			for (const short of m[1]!.split(/,?\s+(?:and|or)\s+|,\s+/)) if (text.includes(`(${short})`)) levels.add(short);
		}
	}
	if (/[nN]\s?=/.test(text)) for (const m of allMatches(text, SIZED_GROUP)) levels.add(m[1]!);
	// Most abstracts abbreviate no alternatives: one cheap test spares them the patterns.
	if (!/\)\s*,?\s+(?:or|and|vs\.?|versus)\s/.test(text)) return levels;
	for (const m of allMatches(text, ONE_WORD_LEVELS)) levels.add(m[1]!).add(m[2]!);
	for (const m of allMatches(text, SHARED_HEAD_LEVELS)) levels.add(m[2]!).add(m[3]!);
	return levels;
}

const levelsOfLast = forLastText(factorLevels);

/** Drops the abbreviations of a factor's levels. */
export const factorLevelNames: NameFilter = {
	name: 'factor levels',
	rejects({ name }, { abstract }) {
		return levelsOfLast(abstract).has(name);
	},
};
