/**
 * An analysis the paper measures something by, named in lower case: "Microbial biomass and
 * community composition were measured by phospholipid fatty acid analysis", "ages were determined by
 * stable isotope analysis", "strains were identified using whole genome sequence analysis". The lab
 * and field sciences name their assays so, with no capital or acronym; "analysis" alone is the broad
 * head `instrument-techniques.ts` rightly refuses ("a data analysis"), so what makes one a technique
 * is the sentence: something was measured, determined or identified *by* it, which is what a
 * technique does, and the words before the head say which one it is. Two such words at least
 * ("isotope analysis" may be any work on isotopes; "stable isotope analysis" is one technique), once
 * the qualifiers any analysis may have ("further", "detailed", "statistical") are taken off the front.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Verbs of finding something out, and the prepositions that give their means. */
const MEASURED = String.raw`\b(?:measured|determined|quantified|assessed|characteri[sz]ed|identified|estimated|profiled|detected|analy[sz]ed)\s+(?:by|using|with|via|through)\s+(?:(?:the|an?)\s+)?`;
const STOP = String.raw`(?:the|a|an|by|with|using|via|of|in|on|for|to|and|or|from|at|as|than|into|under|after|before|were|was|is|are|be|its|their|our|this|that|these|those)`;
const WORD = String.raw`(?!${STOP}\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)*`;
/** Where the noun phrase ends: punctuation or a word that is no noun. */
const PHRASE_END = String.raw`(?=\s*[,.;:)]|\s+(?:to|for|with|of|in|on|at|by|from|and|or|that|which|as|is|are|was|were|revealed|showed|indicated)\b)`;
const ANALYSIS = new RegExp(String.raw`${MEASURED}((?:${WORD}\s+){2,5}(?:analysis|analyses|assays?|profiling))${PHRASE_END}`, 'g');
/** Qualifiers any analysis may have, which say nothing of which one it is: taken off the front. */
const QUALIFIER = /^(?:further|detailed|additional|subsequent|comprehensive|extensive|careful|standard|conventional|routine|statistical|quantitative|qualitative|combined|integrated|simple|new|novel|automated|manual|visual|several|multiple|various|different|two|three)$/;
/** Broad kinds of analysis: with one more word before the head they name no one technique ("sample data analysis"). */
const BROAD = /^(?:data|sample|samples|statistical|image|text|content|cost|risk|trend|time|series|error|performance|results?)$/;

/** The technique an analysis phrase names, qualifiers off; undefined when fewer than two specific words are left before the head. */
export function analysisName(phrase: string): string | undefined {
	const words = phrase.split(/\s+/);
	let first = 0;
	while (first < words.length - 1 && QUALIFIER.test(words[first]!)) first += 1;
	const modifiers = words.slice(first, -1);
	if (modifiers.length < 2 || modifiers.filter((word) => !BROAD.test(word)).length < 2) return undefined;
	return words.slice(first).join(' ');
}

/** "measured by phospholipid fatty acid analysis": an analysis a measurement is made by, as a used method. */
export const measuredByAnalyses: EntityRule = {
	name: 'measured-by analyses',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl, inAcronym }) {
		return allMatches(abstract, ANALYSIS).flatMap((m) => {
			const name = analysisName(m[1]!);
			const at = m.index + m[0].length - (name?.length ?? 0);
			if (!name || isGeneric(name) || isKnown(name) || inUrl(at) || inAcronym(at)) return [];
			return [{ type: 'method' as const, name, role: 'used' as const, forms: [] }];
		});
	},
};
