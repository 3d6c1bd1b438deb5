/**
 * The work a paper's own is developed from is no name the paper introduces: "this paper introduces
 * the Super-PEBM (EBM based on …) model, which is developed from the Epsilon based measure (EBM)
 * model". A new model's definition often holds the acronym of the one it extends, which the rules
 * for introduced names read as the paper's; "developed|derived|adapted|extended from" before the
 * name, or before the long form that defines it, says it came first and is used here.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { Acronym } from '../../../../src/shared/paper-schema.ts';

/** "developed from the", "derived from an existing", "adapted from". */
const FROM = String.raw`\b(?:developed|derived|adapted|extended|generali[sz]ed|modified)\s+from\s+(?:(?:the|an?)\s+)?(?:existing\s+)?`;

/** Whether `abstract` writes `name`, or the long form an acronym defines for it, right after "developed from". */
export function isDevelopedFrom(name: string, abstract: string, acronyms: readonly Acronym[]): boolean {
	if (!/\b(?:developed|derived|adapted|extended|generali[sz]ed|modified)\s+from\s/i.test(abstract)) return false;
	const forms = [name, ...acronyms.filter((a) => a.short === name).map((a) => a.long)];
	return forms.some((form) => new RegExp(`${FROM}${escapeRegExp(form)}(?![\\w-])`, 'i').test(abstract));
}
