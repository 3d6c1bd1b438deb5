/**
 * A member of a family the lexicons name by one-word prefixes: "R-CNN" beside "Fast R-CNN", "Faster
 * R-CNN", "Mask R-CNN" and "Cascade R-CNN". Such a family grows by the same shape ("Libra R-CNN",
 * "Sparse R-CNN", a paper's "CMask R-CNN"), and the lexicons cannot list every member: matching takes
 * the family's bare name and leaves the prefix behind, so the member the paper used was missed and
 * the family counted in its place. A word right before the family's name is read as its prefix when
 * it is coined ("CMask") or a plain capitalised word inside a sentence ("Libra"); a word capitalised
 * by opening its sentence, a determiner or a preposition ("The", "Using") is none. Which names make
 * a family is read from the lexicons: two or more entries "Word Name" beside an entry "Name".
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import type { EntityType, Lexicons } from '../lexicons.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { allMatches } from '../all-matches.ts';

/** Capitalised words that stand before a name without naming it. */
const NOT_PREFIX = /^(?:The|A|An|This|That|These|Those|Our|Its|Their|Each|Every|Both|All|Some|No|In|On|At|Of|For|With|By|From|To|And|Or|But|As|If|When|While|Unlike|Like|Using|Via|Than|Vanilla|Standard|Original|Baseline)$/;
/** A sentence's end right before a word: its capital is the sentence's. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\(\s*)$/;

/** A family of the lexicons: its bare name, type, and the pattern of a word right before it. */
interface Family {
	name: string;
	type: EntityType;
	pattern: RegExp;
}

const familiesOf = new WeakMap<Lexicons, Family[]>();

/** The lexicons' families named by prefixes: a one-word name that two or more entries write after one word. */
function prefixedFamilies(lexicons: Lexicons): Family[] {
	const cached = familiesOf.get(lexicons);
	if (cached) return cached;
	const typeOf = new Map<string, EntityType>();
	for (const type of ['method', 'algorithm', 'model', 'dataset'] as const) for (const entry of lexicons[type]) if (!typeOf.has(entry.name)) typeOf.set(entry.name, type);
	const prefixes = new Map<string, number>();
	for (const name of typeOf.keys()) {
		const m = /^\S+ (\S+)$/.exec(name);
		if (m && typeOf.has(m[1]!)) prefixes.set(m[1]!, (prefixes.get(m[1]!) ?? 0) + 1);
	}
	const families = [...prefixes]
		.filter(([, count]) => count >= 2)
		.map(([name]) => ({ name, type: typeOf.get(name)!, pattern: new RegExp(String.raw`(?<![\w-])([A-Z][A-Za-z0-9]*) ${escapeRegExp(name)}(?![\w-])`, 'g') }));
	familiesOf.set(lexicons, families);
	return families;
}

/** "CMask R-CNN", "Libra R-CNN": a prefixed member of a family the lexicons name by prefixes, of the family's type, used. */
export const prefixedFamilyNames: EntityRule = {
	name: 'prefixed family names',
	priority: 1,
	find({ abstract, lexicons, isKnown, isGeneric, inUrl }) {
		if (!lexicons) return [];
		const found: FoundName[] = [];
		for (const family of prefixedFamilies(lexicons)) {
			if (!abstract.includes(family.name)) continue;
			for (const m of allMatches(abstract, family.pattern)) {
				const [name, word] = m as unknown as [string, string];
				if (NOT_PREFIX.test(word) || inUrl(m.index) || isKnown(name) || isGeneric(name) || found.some((f) => f.name === name)) continue;
				const opensSentence = SENTENCE_START.test(abstract.slice(Math.max(0, m.index - 3), m.index));
				if (!isCoinedName(word) && (opensSentence || !/^[A-Z][a-z]+$/.test(word))) continue;
				found.push({ type: family.type, name, role: 'used', forms: [] });
			}
		}
		return found;
	},
};
