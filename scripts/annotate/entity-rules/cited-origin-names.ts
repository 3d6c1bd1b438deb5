/**
 * A named technique the text says was introduced elsewhere, and the work that introduced it: "the
 * agent improves via the Read--Write Reflective Learning mechanism introduced in Memento~2", "we
 * adopt the Group Relative Policy Optimization objective proposed in DeepSeekMath". Title-case
 * words before a kind noun are prose until something marks them a name; "introduced in" or
 * "proposed by" with the work that made them does, and says whose they are: prior work, used.
 * The origin is a name too when it is coined or carries a version ("Memento~2", a LaTeX tie for
 * the space, a citation key glued after it by another tie); a section, a table or an author ("et
 * al.") is not one. The origin's name is written with a plain space, its tie kept as a form.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A title-case word; parts joined by a hyphen or TeX's double hyphen ("Read--Write", "Multi-Head"). */
const WORD = String.raw`[A-Z][a-z]+(?:-{1,2}[A-Z][a-z]+)*`;
const KIND = String.raw`(?:mechanism|method|framework|algorithm|technique|objective|loss|architecture|paradigm|strategy|scheme|procedure|module)`;
/** The origin: a capitalised token, a version after a space or a LaTeX tie maybe, not run on into a word. */
const ORIGIN = String.raw`([A-Z][\w-]*?)(?:([ ~])(v?\d+(?:\.\d+)?))?(?=~[a-z]|[\s,.;:)]|$)`;
const INTRODUCED_IN = new RegExp(
	String.raw`\bthe\s+(${WORD}(?:\s+${WORD}){0,4})\s+${KIND}\s+(?:first\s+|originally\s+)?(?:introduced|proposed|presented|developed|described)\s+(?:in|by)\s+${ORIGIN}`,
	'g',
);
/** Places in a text and people, which "introduced in/by" names as often as works. */
const NO_WORK = /^(?:Section|Sec|Chapter|Appendix|Table|Figure|Fig|Eq|Equation|Part|Ref)$/;

/** "the X mechanism introduced in Y": X and Y as used methods. */
export const citedOriginNames: EntityRule = {
	name: 'cited origin names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/(?:introduced|proposed|presented|developed|described)\s+(?:in|by)\s/.test(abstract)) return [];
		const found: FoundName[] = [];
		const add = (name: string, forms: string[] = []) => {
			if (!isGeneric(name) && !isKnown(name) && !found.some((f) => f.name === name)) found.push({ type: 'method', name, role: 'used', forms });
		};
		for (const m of allMatches(abstract, INTRODUCED_IN)) {
			if (inUrl(m.index)) continue;
			const [, technique, origin, tie, version] = m as unknown as [string, string, string, string | undefined, string | undefined];
			if (technique.split(/\s+|-+/).length >= 2) add(technique);
			const after = abstract.slice(m.index + m[0].length, m.index + m[0].length + 8);
			if (NO_WORK.test(origin) || /^\s+et\s+al\b/.test(after) || !(isCoinedName(origin) || version)) continue;
			add(version ? `${origin} ${version}` : origin, version && tie === '~' ? [`${origin}~${version}`] : []);
		}
		return found;
	},
};
