/**
 * Surveys, studies and measurement scales named in title case, as the social sciences, economics
 * and public health cite them: "the Health and Retirement Study", "the Current Population Survey",
 * "the Survey of Consumer Finances", "the Panel Study of Income Dynamics", "Cantril's Self-Anchoring
 * Scale", "with Flow of Funds data".
 *
 * Three shapes, each a proper name by its capitals, not by a list of names:
 * 1. title-case words (joined by "and", "of", "on" or "for") ending in a capitalised head noun of a
 *    survey (`Study`, `Survey`, `Census`, `Panel`: a dataset) or an instrument (`Scale`,
 *    `Inventory`, `Questionnaire`: a method); a possessive surname before it is part of the name
 *    ("Cantril's Self-Anchoring Scale"), an organisation's is not ("… Center's Monthly Survey");
 * 2. such a head followed by "of" and title-case words ("Survey of Consumer Finance");
 * 3. title-case words joined by "of" or "and" before "data" or "accounts" ("Flow of Funds data").
 * A determiner or a compound adjective of setting ("Community-based") before the title is no part of it.
 * A sentence's first word, a word right after another capitalised word that is not part of the
 * match, and a name that starts with an organisation's word ("Bureau of Labor Statistics data") are left.
 * The year of a wave written before the title after "the" opens the name ("the 2016 Chinese Private
 * Enterprises Survey"), as the paper cites the wave it used.
 * A study is used data, unless the title names it after its colon: then it is the paper's own.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const WORD = String.raw`[A-Z][a-z][\w-]*`;
const JOIN = String.raw`\s(?:(?:and|of|on|for)\s)?`;
/** Heads of a survey, typed dataset, or of an instrument, typed method. */
const SURVEY_HEAD = String.raw`Study|Survey|Surveys|Census|Panel`;
const INSTRUMENT_HEAD = String.raw`Scale|Inventory|Questionnaire`;
const START = String.raw`(?<![\w'’-])`;
/** A compound adjective of setting that a sentence opens with, no word of the name: "Community-based Health and Retirement Study cohort". */
const SETTING = String.raw`[A-Z][a-z]+-(?:based|dwelling|wide)`;
const LEADING_DETERMINER = new RegExp(String.raw`^(?:The|A|An|This|These|Our|Its|Their|${SETTING})\s`);
/** Capitalised words that may stand before a name without being part of it. */
const DETERMINER = new RegExp(String.raw`^(?:The|A|An|This|These|Our|Its|Their|In|On|From|With|Using|Of|For|By|${SETTING})$`);
/**
 * Whether a match at `index` stands where a name can start: not inside a longer capitalised run, and not a
 * sentence's first words unless three words or more make it a title ("Health and Retirement Study").
 */
function standsAlone(abstract: string, index: number, name: string): boolean {
	const before = abstract.slice(Math.max(0, index - 40), index);
	const word = /([A-Z][\w'’-]*)\s$/.exec(before);
	if (word && !DETERMINER.test(word[1]!)) return false;
	const opening = word ? /(?:^|[.!?:;]\s)$/.test(before.slice(0, before.length - word[0].length)) : /(?:^|[.!?:;]\s)$/.test(before);
	return !opening || word !== null || name.split(/\s/).length >= 3;
}
/** A year after "the" right before a title, the wave or edition of a survey: "the 2016 ". */
const WAVE_YEAR = /\bthe\s((?:19|20)\d{2})\s$/;
/** A possessive right before a title: "Cantril's ", "… Center's ". */
const POSSESSOR = new RegExp(String.raw`(${WORD})['’]s\s$`);
// A head numbered by one digit ("Results of Study 2", "in Survey 1") is a part of the paper's own work, not a name.
const HEAD_LAST = new RegExp(String.raw`${START}((?:${WORD}${JOIN}){1,5}(${SURVEY_HEAD}|${INSTRUMENT_HEAD}))(?![\w'’-]|\s[A-Z]|\s\d(?![\d.])|\s(?:of|on|for|and)\s[A-Z])`, 'g');
const HEAD_OF = new RegExp(String.raw`${START}((?:${WORD}\s){0,3}(${SURVEY_HEAD})\sof\s${WORD}(?:\s${WORD}){0,3})(?![\w'’-])`, 'g');
const OF_DATA = new RegExp(String.raw`${START}(${WORD}(?:\s(?:of|and)\s${WORD})+)(?=\s(?:data|accounts)\b)`, 'g');
/** Last words of an organisation's name, as the possessor of a survey it runs: "… Research Center's Monthly Survey". */
const ORGANISATION_HEAD = /^(?:Center|Centre|Institute|Bureau|Office|Agency|Department|Ministry|University|Bank|Board|Council|Administration|Commission|Foundation|Organi[sz]ation)$/;
/** The capitalised words of an organisation's name before its possessive: "University of Michigan Survey Research ". */
const OWNER = new RegExp(String.raw`(?:${WORD}\s(?:of\s)?)*${WORD}['’]s\s$`);
/** First words of organisations and possessors that are no person: their data or survey is theirs, not a name. */
const ORGANISATION = /^(?:Bureau|Department|Office|Ministry|Institute|University|Center|Centre|Agency|Board|Bank|Council|Administration|Commission|School|College|Federal|National Institutes?)$/;
/** Words that make a two-word title a kind of study, not its name: "a Case Study", "a User Study". */
const KIND_WORD = /^(?:Case|Pilot|User|Field|Feasibility|Ablation|Comparative|Longitudinal|Cross-Sectional|Literature|Systematic|Empirical|Preliminary|Exploratory|Online|Observational|Experimental|Simulation|Validation)\s\S+$/;
// Most abstracts name no survey: a head or " of " joining capitals is checked first.
const CUE = /Study|Survey|Census|Panel|Scale|Inventory|Questionnaire| of [A-Z][a-z]+ (?:data|accounts)/;

/** Title-case names of surveys, studies and scales. */
export const titledSurveys: EntityRule = {
	name: 'titled surveys',
	priority: 1,
	find({ title: paperTitle, abstract, isGeneric, isKnown, inUrl }) {
		if (!CUE.test(abstract)) return [];
		const found: FoundName[] = [];
		const add = (index: number, name: string, type: FoundName['type']) => {
			if (inUrl(index) || !standsAlone(abstract, index, name) || ORGANISATION.test(name.split(/\s/)[0]!) || KIND_WORD.test(name) || isGeneric(name) || isKnown(name)) return;
			found.push({ type, name, role: 'used', forms: [], statedType: true });
		};
		for (const m of allMatches(abstract, HEAD_LAST)) {
			const [, matched, head] = m as unknown as [string, string, string];
			// "The Health and Retirement Study", "Community-based Health and Retirement Study": a determiner or a setting the
			// match began with is no part of the name.
			const lead = LEADING_DETERMINER.exec(matched)?.[0].length ?? 0;
			const title = matched.slice(lead);
			const index = m.index + lead;
			if (title.split(/\s/).length < 2) continue;
			const before = abstract.slice(Math.max(0, index - 160), index);
			const possessor = POSSESSOR.exec(before);
			const type = new RegExp(`^(?:${INSTRUMENT_HEAD})$`).test(head) ? ('method' as const) : ('dataset' as const);
			if (!possessor) {
				// "data from the 2016 Chinese Private Enterprises Survey": the year of the wave the paper uses opens its name.
				const wave = WAVE_YEAR.exec(before)?.[1];
				if (wave) add(index - wave.length - 1, `${wave} ${title}`, type);
				else add(index, title, type);
				continue;
			}
			// "Cantril's Self-Anchoring Scale": a person's possessive is part of the name. "the University of Michigan Survey
			// Research Center's Monthly Survey": an organisation's survey is named with the organisation's whole name.
			const owner = ORGANISATION_HEAD.test(possessor[1]!) ? OWNER.exec(before) : possessor;
			if (owner && !inUrl(index)) found.push({ type, name: `${owner[0]}${title}`, role: 'used', forms: [], statedType: true });
		}
		for (const m of [...allMatches(abstract, HEAD_OF), ...allMatches(abstract, OF_DATA)]) {
			const lead = LEADING_DETERMINER.exec(m[1]!)?.[0].length ?? 0;
			add(m.index + lead, m[1]!.slice(lead), 'dataset');
		}
		// "Rationale and design of …: The Harbour Heart Study": a study the title names after its colon is the
		// one the paper reports or sets out, as medicine titles a trial's report and its design paper.
		return found.map((f) => (f.type === 'dataset' && namedByTitle(paperTitle, f.name) ? { ...f, role: 'introduced' as const } : f));
	},
};

/** Whether the title ends with the name after a colon: "…: The Harbour Heart Study". */
function namedByTitle(title: string, name: string): boolean {
	const subtitle = /:\s*(?:[Tt]he\s+)?([^:]+?)\.?\s*$/.exec(title)?.[1];
	return subtitle === name && /\bStudy$/.test(name);
}
