/**
 * Plain-word names listed beside coined ones as the means of a step: "assembled using GapFill,
 * Velour, KmerKit and Tessera", "compared with SPAdes, Falcon and Canu". A list of names is a
 * list of one kind of thing; when two or more of its items are coined names (capitals inside,
 * digits) and it says what the work was done with, its capitalised plain words ("Velour",
 * "Tessera") are tools of that kind too, though no shape marks them. Lists of places or
 * organisations are dropped by the name filters; a list after any other words ("in China, India
 * and USA", "corpora including …") is left alone.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// Three or more one-token capitalised names joined by commas, the last maybe by "and" / "or",
// after a word that makes them the means of the step. Examples of a kind ("corpora, including
// Wikipedia, OSCAR and …", "kernels such as GQA, MLA and …") may be data or parts: left to the
// rules that read the kind.
const ITEM = String.raw`[A-Z][\w.+/-]*[\w+]`;
const LIST = new RegExp(
	String.raw`\b(?:using|with|via|by)\s+(${ITEM}(?:,\s+${ITEM}){1,}(?:,?\s+(?:and|or)\s+${ITEM})?)(?![\w-])`,
	'g',
);
const SEPARATOR = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
/** Coined items a list needs before its plain words count as names. */
const MIN_COINED = 2;

/** The capitalised items of a list of tools of which two or more are coined names, as methods used. */
export const coinedListMates: EntityRule = {
	name: 'coined list-mates',
	// As weak as the shape rules: a list says these are names, not of which kind, so a rule that reads the kind wins.
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, LIST)) {
			if (inUrl(m.index)) continue;
			const items = m[1]!.split(SEPARATOR);
			if (items.length < 3 || items.filter(isCoinedName).length < MIN_COINED) continue;
			for (const item of items) {
				if (isKnown(item) || isGeneric(item) || !/^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/.test(item)) continue;
				found.push({ type: 'method', name: item, role: 'used', forms: [] });
			}
		}
		return found;
	},
};
