/**
 * A known method written out and abbreviated with a qualifier before its acronym: "validated using
 * structural equation modelling (CB-SEM)", "partial least squares structural equation modeling
 * (PLS-SEM)". The acronym after the hyphen spells the last words before the bracket ("SEM" of
 * structural equation modelling); the capitals before it say which variant ("CB", covariance-based).
 * The abbreviation does not spell its whole long form, so the acronym finder does not pair them, and
 * a rule reading a bracket after a description would take it for a name the paper coins. It is the
 * written-out method, used, with the bracketed form its alias; a sentence stating the paper's own
 * contribution ("we propose a … network (MH-GAT)") is the introduced-name rules' to read.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { contributionObjectStarts } from './introduced/contribution-statement.ts';
import { allMatches } from '../all-matches.ts';

/** Lower-case words, then a bracket of capitals, a hyphen and the acronym: "… equation modelling (CB-SEM)". */
const QUALIFIED = /((?:[a-z][a-z-]*\s+){1,6})\(([A-Z]{1,4}-([A-Z]{2,6}))\)/g;
/**
 * The bracket every match of `QUALIFIED` ends on. `QUALIFIED` has no literal to search for first,
 * so it is tried word by word from every lower-case letter of an abstract; this one is looked for
 * from its bracket, and an abstract without it holds no match.
 */
const QUALIFIED_BRACKET = /\([A-Z]{1,4}-[A-Z]{2,6}\)/;

/**
 * The last words of `before` whose initials the bracket's acronym after its hyphen spells, if it spells them.
 *
 * @example spelledTail('CB-SEM', 'validated using structural equation modelling ') // 'structural equation modelling'
 */
export function spelledTail(short: string, before: string): string | undefined {
	const parts = /^([A-Z]{1,4})-([A-Z]{2,6})$/.exec(short);
	if (!parts) return undefined;
	const [, qualifier, tail] = parts as unknown as [string, string, string];
	const words = before.trim().split(/\s+/);
	if (words.length < tail.length) return undefined;
	const last = words.slice(-tail.length);
	if (!last.every((word, i) => /^[a-z]/.test(word) && word[0]!.toUpperCase() === tail[i])) return undefined;
	// The qualifier spelled by the words just before is the acronym's whole long form ("chest X-ray report
	// generation (CXR-RG)", "Gaussian mixture model and universal background model (GMM-UBM)"), no variant's mark.
	const earlier = words.slice(-tail.length - 4, -tail.length).filter((word) => !/^(?:and|or|of|the|a|an|for|with|using|by)$/i.test(word));
	return earlier.some((word) => word[0]!.toUpperCase() === qualifier[0]) ? undefined : last.join(' ');
}

/** A written-out method abbreviated with a qualified acronym, as a method used with that acronym its form. */
export const qualifiedAcronyms: EntityRule = {
	name: 'qualified acronyms',
	priority: 1,
	find({ abstract, sentences, isGeneric, inUrl }) {
		const found: FoundName[] = [];
		if (!QUALIFIED_BRACKET.test(abstract)) return found;
		for (const m of allMatches(abstract, QUALIFIED)) {
			const bracket = m.index + m[1]!.length;
			const name = spelledTail(m[2]!, abstract.slice(Math.max(0, bracket - 80), bracket));
			if (!name || isGeneric(name) || inUrl(m.index)) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			if (sentence && contributionObjectStarts(sentence).some((start) => start <= m.index + m[0].length)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [m[2]!] });
		}
		return found;
	},
};
