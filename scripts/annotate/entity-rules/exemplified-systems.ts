/**
 * Software named as examples of its kind: "real-time systems, like SeisComP3, Antelope and
 * Earthworm", "packages such as Stan and JAGS", "commercial agents such as Cursor and Claude Code" (coding
 * agents and assistants are software products too). After a plural noun for software and "like",
 * "such as" or "including", each capitalised item of the list is one system, even an ordinary
 * word ("Antelope") that nothing else would tell apart from the prose; lower-case items ("and
 * other tools") and organisations' or places' names the generic list holds stay out.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const EXAMPLES = /\b(?:systems|software|packages|toolkits|toolboxes|libraries|codes|programs|agents|assistants|tools|editors|IDEs)\s*,?\s+(?:like|such as|including)\s+([^.;:()]+)/g;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
// One capitalised word, digits allowed ("SeisComP3"), at most two words.
const NAME = /^[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)?$/;

/** The capitalised items of a list of example systems. */
export const exemplifiedSystems: EntityRule = {
	name: 'exemplified systems',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, EXAMPLES)) {
			if (inUrl(m.index)) continue;
			const items = m[1]!.split(ITEM_SEPARATOR).map((raw) => raw.trim());
			// The list ends at its first item that is no name ("SeisComP3, Antelope and Earthworm to acquire …").
			for (const item of items) {
				if (!NAME.test(item)) break;
				if (!isGeneric(item) && !isKnown(item)) found.push({ type: 'method', name: item, role: 'used', forms: [] });
			}
		}
		return found;
	},
};
