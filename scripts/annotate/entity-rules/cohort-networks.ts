/**
 * Networks, registries and consortia of clinical centres named in title case, where a sentence
 * says whose patients the study follows: "a multinational prospective cohort study … across 24
 * centers in 14 countries (Global AlcHep Network)", "enrolled in the cohort study through the
 * North Carolina Central Cancer Registry". The network pools the patients the paper analyses, a
 * used dataset. The sentence must speak of a cohort, a registry, centres, hospitals, countries or
 * enrolled patients; a network of machine learning ("a Feature Pyramid Network", "a Graph Neural
 * Network") is an architecture, and its words keep it out even in a clinical sentence. A line of
 * approvals or registration numbers names the bodies that approved the study, not its data.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** One to four capitalised words, then the head: "Global AlcHep Network", "North Carolina Central Cancer Registry". */
const CENTRE_NETWORK = /(?<![\w-])((?:[A-Z][\w-]*\s){1,4}(?:Network|Registry|Consortium))\b/g;
/** Words of a sentence about people followed across centres. */
const COHORT_WORDS = /\b(?:cohorts?|registr(?:y|ies)|cent(?:er|re)s|hospitals|countries|enrolled|recruited)\b/;
/** Words of a network that computes: an architecture, not a body of centres. */
const ARCHITECTURE_WORD = /\b(?:Neural|Convolutional|Recurrent|Attention|Graph|Adversarial|Residual|Pyramid|Proposal|Transformer|Denoising|Deep|Sensor|Aggregation)\b/;
/** Words of an approval or a registration line, which names the bodies that approve, not the data: "Odense Patient
 * Data Exploratory Network under study identification nos. …", "approved by the … Ethics Network". */
const APPROVAL_WORDS = /\b(?:nos?\.|numbers?|identification|registration|registered|approv\w*|ethic\w*)(?![\w-])/i;
/** Words that open a sentence or a phrase, no part of a name. */
const NOT_A_NAME = /^(?:The|A|An|This|These|Our|Its|Their|In|Of|From|Each|Every)\s/;

/** "Global AlcHep Network": a title-case network of centres in a sentence about a cohort, a used dataset. */
export const cohortNetworks: EntityRule = {
	name: 'cohort networks',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		if (!/Network|Registry|Consortium/.test(abstract)) return [];
		const names = new Map<string, FoundName>();
		for (const { start, end } of sentences) {
			const sentence = abstract.slice(start, end);
			if (!COHORT_WORDS.test(sentence) || APPROVAL_WORDS.test(sentence)) continue;
			for (const m of allMatches(sentence, CENTRE_NETWORK)) {
				const name = m[1]!;
				if (NOT_A_NAME.test(name) || ARCHITECTURE_WORD.test(name) || inUrl(start + m.index) || isGeneric(name) || isKnown(name) || names.has(name)) continue;
				names.set(name, { type: 'dataset', name, role: 'used', forms: [], statedType: true });
			}
		}
		return [...names.values()];
	},
};
