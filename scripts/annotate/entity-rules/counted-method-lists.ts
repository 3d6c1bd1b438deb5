/**
 * Lower-case methods a sentence counts before listing them in brackets: "three methods of tree
 * estimation (supermatrix analysis and two quartet methods)", "four imputation techniques (mean
 * substitution, hot-deck imputation, regression imputation and multiple imputation)". Fields write
 * their compared techniques in lower case, so no capital marks them; the count does, when the items
 * number as counted, an item's own count adding its number ("two coalescent methods" are two). Each
 * item is a noun of doing ("-tion", "-ing", "-sis", "-ment") or ends in a kind noun, so a bracket of
 * adjectives ("three approaches (top-down, bottom-up and mixed)") is left alone.
 */
import { COUNT, countOf } from './counted-kind.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// "three different methods of tree estimation (…)": a count, at most two words, a plural kind of
// technique, at most four words of what it does, then the bracket.
const COUNTED = new RegExp(
	String.raw`\b${COUNT}\s+(?:[\w-]+\s+){0,2}?(?:methods|techniques|approaches|procedures)(?:\s+(?:of|for)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+\(([^()]+)\)`,
	'gi',
);
// A lower-case item of one to four words, maybe opening with its own count ("two coalescent methods").
const ITEM = new RegExp(String.raw`^(?:${COUNT}\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$`, 'i');
// The head of a technique's name: a noun of doing, or a kind noun.
const TECHNIQUE_HEAD = /(?:tion|sion|ing|sis|ment|methods?|techniques?|models?|regression|estimators?)$/;

/** The lower-case techniques of a bracketed list after a count that their number agrees with, as methods used. */
export const countedMethodLists: EntityRule = {
	name: 'counted method lists',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, COUNTED)) {
			if (inUrl(m.index)) continue;
			const items = m[2]!.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).map((item) => ITEM.exec(item.trim()));
			if (items.length < 2 || items.some((item) => !item || !/^[a-z]/.test(item[2]!) || !TECHNIQUE_HEAD.test(item[2]!))) continue;
			const counted = items.reduce((sum, item) => sum + (item![1] ? countOf(item![1]) : 1), 0);
			if (counted !== countOf(m[1]!)) continue;
			for (const item of items) {
				const name = item![2]!;
				if (!isGeneric(name) && !isKnown(name)) found.push({ type: 'method', name, role: 'used', forms: [] });
			}
		}
		return found;
	},
};
