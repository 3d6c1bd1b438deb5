/**
 * A tool named in full right after its kind: "the dynamic risk assessment tool Fault Event
 * Simulation using Linked Graphs", "the open-source platform Model Exchange for Reactor Safety".
 * Engineering names its programs with long title-case phrases that hold function words ("using",
 * "for", "of"), which the runs of capitalised words other rules read cut short. What marks the
 * phrase as a name is its place: after a definite noun phrase ending in a singular noun of
 * software (tool, platform, software, program, code), with no comma between, as English names an
 * instance of a kind ("the database GenBank"). Three capitalised words at least; a phrase that opens
 * its own clause ("the tool In this …") is none. A tool the lexicons list is theirs.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A title-case phrase: capitalised words, lower-case function words only between them. */
const TITLED = String.raw`[A-Z][\w-]*(?:\s+(?:(?:using|for|of|and|with|in|on|to|the)\s+)?[A-Z][\w-]*)+`;
/** "the" + up to four modifiers + a noun of software, then the phrase, closed by punctuation, a lower-case word or the end. */
const TOOL_THEN_NAME = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+){0,4}?(?:tool|platform|software|program|code)\s+(${TITLED})(?=\s*[.,;:)]|\s+[a-z(]|$)`, 'g');
/** Words that open a clause or a sentence, not a name. */
const OPENS_CLAUSE = /^(?:In|On|For|To|The|This|These|It|We|As|At|By|With|And|But|If|When|While|Our)\b/;

/** Long title-case names of tools written after their kind noun, as methods used. */
export const toolNames: EntityRule = {
	name: 'tool names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, TOOL_THEN_NAME)) {
			const name = m[1]!;
			if ((name.match(/(?:^|\s)[A-Z]/g) ?? []).length < 3 || OPENS_CLAUSE.test(name) || inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
