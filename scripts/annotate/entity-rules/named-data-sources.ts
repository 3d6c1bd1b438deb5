/**
 * Data sources named in title case before "data", "database" or "registry", as medicine and
 * economics cite them: "the Medicare Hospital Compare data", "the Privacy Rights Clearinghouse
 * database", "the National Cancer Database registry". Two capitalised words at least, so a
 * sentence's first word ("Hospital data breaches") is not read as a name. A project data are taken
 * from is one too ("reads from the 1000 Genomes Project").
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const DATA_SOURCE = /\bthe\s+((?:[A-Z][\w-]*\s+){1,5}[A-Z][\w-]*)\s+(?:data(?:base|set)?|registry|records|archive)\b/g;

// Data drawn "from the 1000 Genomes Project", "from the Human Connectome Project": a project
// whose product is its pooled records, named as where the data came from. A project that funds
// the work ("supported by the … Project") is not read, nor one the sentence does not take data from.
const FROM_PROJECT = /\bfrom\s+the\s+((?:(?:[A-Z][\w-]*|\d[\d,]*)\s+){1,5}Project)\b/g;

/** Title-case names before "data", "database", "registry", and projects data come from, as datasets the paper uses. */
export const namedDataSources: EntityRule = {
	name: 'named data sources',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const projects = abstract.includes('Project') ? allMatches(abstract, FROM_PROJECT) : [];
		return [...allMatches(abstract, DATA_SOURCE), ...projects]
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
