/**
 * An earlier version of the system the title names: "Kestrel 3.0: …", whose abstract says "extends
 * our prior release Kestrel 2.1". The title names the paper's own system with its version; the same
 * stem with another version is the work it builds on, a system the paper uses. The version is a
 * decimal ("2.1", "v1.0") or "v" and a number after a space or a hyphen, never a size or a year.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';

/** A versioned name in the title: a capitalised or coined stem, then its version. */
const TITLED = /(?<![\w-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*)([\s-])([vV]?\d+\.\d+|[vV]\d+)(?![\w-]|\.\d)/g;

/** Other versions of a system the title names with its version, as systems the paper uses. */
export const priorVersions: EntityRule = {
	name: 'prior versions',
	priority: 1,
	find({ title, abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const t of title.matchAll(TITLED)) {
			const [, stem, sep, version] = t as unknown as [string, string, string, string];
			const other = new RegExp(String.raw`(?<![\w-])${escapeRegExp(stem + sep)}([vV]?\d+\.\d+|[vV]\d+)(?![\w-]|\.\d)`, 'g');
			for (const m of abstract.matchAll(other)) {
				if (m[1] === version || inUrl(m.index) || isGeneric(m[0]) || isKnown(m[0]) || found.some((f) => f.name === m[0])) continue;
				found.push({ type: 'method', name: m[0], role: 'used', forms: [] });
			}
		}
		return found;
	},
};
