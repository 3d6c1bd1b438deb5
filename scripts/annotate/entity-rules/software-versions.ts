/**
 * Analysis software named with the version the paper used, as the empirical sciences report
 * their tools: "tested using SPSS v.20", "analysed in NVivo version 12", "R version 4.1.2". A
 * version marker ("v.", "v", "version", "ver.") after a single name is what says a piece of
 * software is meant; a bare number after a name ("Stata 16", "Figure 3", "GPT 4") says nothing
 * of the kind, so it is left alone. The name is an acronym-like word of two or more capitals
 * ("SPSS", "MATLAB", "NVivo") or the language R, and no capitalised word stands before it: "NYU
 * Depth v2" is a dataset's version, part of a longer name. A name the generic list holds
 * ("Python version 3.8", a programming language) stays generic. The name alone ("SPSS") is a form of
 * it; a one-letter "R" is not, as every stray "R" would be a mention.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const VERSIONED = /(?<![A-Za-z0-9-]|[A-Z][\w-]*\s)\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*|R)\s+(?:[Vv]\.?\s?|[Vv]ersion\s+|[Vv]er\.\s?)\d+(?:\.\d+)*\b/g;

/** Software written with a version marker ("SPSS v.20"), as a method (a tool) the paper used. */
export const softwareVersions: EntityRule = {
	name: 'software versions',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return allMatches(abstract, VERSIONED)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[0]))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: m[1]!.length > 1 ? [m[1]!] : [] }));
	},
};
