/**
 * A resource named with its web address in brackets: "we open Model Court (modelcourt.org) to the
 * public", "records from Zenodo (zenodo.org)". Only a site, tool or data
 * collection is given its address so; the bracket makes the capitalised words before it a name,
 * whatever their shape ("Model Court" is ordinary words set in title case). Introduced where the
 * authors are the sentence's subject and say they launched, released or built it; used otherwise.
 * People and organisations given a homepage are left to the name filters.
 */
import { SUBJECT } from './introduced/contribution-statement.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Title-case words (group 1), then a bracket holding a host name or URL alone (group 2). */
const ADDRESSED = /((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)\s*\(\s*((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s()]*)?)\s*\)/g;
/** A verb by which the authors made the resource available. */
const MADE_AVAILABLE = /\b(?:launch|releas|host|deploy|buil|develop|introduc|present|creat|open-sourc)\w*/i;
/** An article or possessive that opens the words but is no part of the name. */
const OPENER = /^(?:The|A|An|Our|This|We)\s+/;

/** Names followed by their web address in brackets, introduced when the authors made them. */
export const addressedNames: EntityRule = {
	name: 'addressed names',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown }) {
		if (!abstract.includes('(')) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, ADDRESSED)) {
			const name = m[1]!.replace(OPENER, '');
			const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
			// A capital that only opens the sentence is no name ("Data (example.org) show …").
			if (!sentence || (sentence.start === m.index + m[1]!.length - name.length && !/\s|[a-z][A-Z]|-/.test(name))) continue;
			if (isGeneric(name) || isKnown(name)) continue;
			const before = abstract.slice(sentence.start, m.index);
			const made = SUBJECT.test(before) && MADE_AVAILABLE.test(before.slice(SUBJECT.exec(before)!.index));
			found.push({ type: 'method', name, role: made ? 'introduced' : 'used', forms: [] });
		}
		return found;
	},
};
