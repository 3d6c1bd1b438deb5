/**
 * The package a paper's tool is part of: "BWA-MEM is implemented as a component of BWA", "we
 * present FooCall, an extension to the SeqKit software package", "shipped as a plugin for
 * QGIS". The tool is the paper's; the package it extends or belongs to is earlier work the paper
 * builds on, used, however often the abstract (or the repository it links) names it.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** "a component of X", "an extension to the X", "a plugin for X", "part of the X", "a module of X". */
const PART_OF = /\b(?:an?\s+(?:[\w-]+\s+)?(?:component|extension|module|plugin|plug-in|add-on|subcommand)\s+(?:of|to|for)|(?:is|as)\s+part\s+of)\s+(?:the\s+)?([A-Za-z][\w+-]*(?:\/[\w+-]+)?)/g;

/** The names the abstract calls the package its tool is part of. */
export function basePackageNames(abstract: string): Set<string> {
	const names = new Set<string>();
	if (!/component|extension|module|plug|add-on|subcommand|part of/.test(abstract)) return names;
	for (const m of allMatches(abstract, PART_OF)) {
		const name = m[1]!.replace(/[.,;:]$/, '');
		// A coined name or a capitalised word: "part of the pipeline" names no package.
		if (isCoinedName(name) || /^[A-Z][a-z]+[A-Z0-9]?$/.test(name)) names.add(name);
	}
	return names;
}

/** Packages a tool is part of, as methods used. */
export const basePackages: EntityRule = {
	name: 'base packages',
	priority: 1,
	find({ abstract, isGeneric, isKnown }) {
		const found: FoundName[] = [];
		for (const name of basePackageNames(abstract)) if (!isGeneric(name) && !isKnown(name)) found.push({ type: 'method', name, role: 'used', forms: [] });
		return found;
	},
};
