/**
 * An earlier version of the system the title names: "Kestrel 3.0: …", whose abstract says "extends
 * our prior release Kestrel 2.1". The title names the paper's own system with its version; the same
 * stem with another version is the work it builds on, a system the paper uses. The version is a
 * decimal ("2.1", "v1.0") or "v" and a number after a space or a hyphen, never a size or a year; or a
 * plain number of one or two digits after a space when the stem is coined, with a hyphen before a
 * capital or an inner capital ("Nemotron-Cascade 2: …", whose abstract contrasts "Nemotron-Cascade 1"):
 * on a plain word the number is as likely a stage, a phase or a count ("Phase 2 …", "Phase 1 trial").
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import type { Candidate } from './resolve-mentions.ts';
import { allMatches } from '../all-matches.ts';

/** A versioned name in the title: a capitalised or coined stem, then its version. */
const TITLED = /(?<![\w-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*)([\s-])([vV]?\d+\.\d+|[vV]\d+|\d{1,2})(?![\w-]|\.\d)/g;
/** A stem coined enough for a plain number after it to be a version: a hyphen before a capital, an inner capital, or a digit. */
const COINED_STEM = /-[A-Z]|[a-z][A-Z]|[A-Z]{2}|\d/;

/** Other versions of a system the title names with its version, as systems the paper uses. */
export const priorVersions: EntityRule = {
	name: 'prior versions',
	priority: 1,
	find({ title, abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const t of allMatches(title, TITLED)) {
			const [, stem, sep, version] = t as unknown as [string, string, string, string];
			const plain = /^\d+$/.test(version);
			if (plain && (sep !== ' ' || !COINED_STEM.test(stem))) continue;
			const other = new RegExp(String.raw`(?<![\w-])${escapeRegExp(stem + sep)}(${plain ? String.raw`\d{1,2}` : String.raw`[vV]?\d+\.\d+|[vV]\d+`})(?![\w-]|\.\d)`, 'g');
			for (const m of allMatches(abstract, other)) {
				if (m[1] === version || inUrl(m.index) || isGeneric(m[0]) || isKnown(m[0]) || found.some((f) => f.name === m[0])) continue;
				found.push({ type: 'method', name: m[0], role: 'used', forms: [] });
			}
		}
		return found;
	},
};

/** A stem and its version, as the title and the rule above write them ("Kestrel 2.1", "Kestrel-v1"). */
const VERSIONED = /^(.+?)[\s-](?:[vV]?\d+\.\d+|[vV]\d+|\d{1,2})$/;

/**
 * Types an earlier version as the paper's own versioned system is typed, in place: "Kestrel 3.0 is a
 * new speech model … its predecessor Kestrel 2.1" makes both models. Another version of one system is
 * the same kind of thing; only the version the paper introduces has the words that say which.
 */
export function typePriorVersions(candidates: readonly Candidate[]): void {
	const stemOf = (name: string) => VERSIONED.exec(name)?.[1];
	const typed = new Map(candidates.filter((c) => c.role === 'introduced' && c.type !== 'method').map((c) => [stemOf(c.name), c.type] as const));
	typed.delete(undefined);
	if (typed.size === 0) return;
	for (const c of candidates) {
		const type = c.role === 'used' && c.type === 'method' && !c.statedType ? typed.get(stemOf(c.name)) : undefined;
		if (type) c.type = type;
	}
}
