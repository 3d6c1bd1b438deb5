/**
 * Unknown names listed with tools or systems the lexicons know, in a list that a plural noun of
 * software names: "We utilized VOS viewer, Site Space, and R Studio tools", "rule based
 * systems (Angla Bharti and Anubaad), and statistical systems (Bing, Google translator, IM
 * translate that is supported by Microsoft Translator, Google Translate …)". The noun says every
 * item is a tool or a system, and a known item says of which kind; the other items, capitalised
 * names of up to three words, are of that kind too, used. `known-list-mates` reads lists of
 * datasets, one word an item; this reads lists of tools, whose names are often two words with a
 * lower-case one ("VOS viewer", "IM translate"). An item that a relative clause goes on from is cut
 * before it ("IM translate that is supported by …"); one that opens in lower case ("other MT
 * engines") names a kind, and is left.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';

/** Plural nouns that only a list of tools or systems stands with. */
const KIND = String.raw`(?:tools|software|systems|engines|translators|packages|programs|programmes|services)`;
/** A list in a bracket right after the kind noun: "systems(Angla Bharti and Anubaad)". */
const BRACKETED = new RegExp(String.raw`\b${KIND}\s*\(([^()]{3,240})\)`, 'g');
/** Where a kind noun's white space starts: every position of the run before "tools" in "R Studio  tools". */
const BEFORE_KIND = new RegExp(String.raw`(?=\s+${KIND}\b)`, 'g');
const KIND_AFTER_SPACE = new RegExp(String.raw`\s+${KIND}\b`, 'y');
/** A sentence's or a bracket's end, `[.;:()]`, read by its code: this runs on every character of an abstract with a kind noun. */
const isStop = (code: number) => code === 46 || code === 59 || code === 58 || code === 40 || code === 41;

/**
 * The lists right before a kind noun, within a sentence: "VOS viewer, Site Space, and R Studio tools".
 * The matches, in order, of `/([^.;:()]{3,160}?)\s+KIND\b/g` (each `{ at, list }` its index and
 * group), found from the nouns instead of tried from every position: such a pattern runs up to 160
 * characters from each position of an abstract that names "systems" anywhere, which cost seconds
 * over 10,000 papers.
 */
export function listsBeforeKind(text: string): { at: number; list: string }[] {
	const spaces = allMatches(text, BEFORE_KIND).map((m) => m.index);
	if (spaces.length === 0) return [];
	// The first stop character at or after each position.
	const nextStop = new Int32Array(text.length + 1).fill(text.length);
	for (let i = text.length - 1; i >= 0; i--) nextStop[i] = isStop(text.charCodeAt(i)) ? i : nextStop[i + 1]!;
	const found: { at: number; list: string }[] = [];
	let k = 0;
	for (let p = 0; p < text.length; ) {
		while (k < spaces.length && spaces[k]! < p + 3) k++;
		if (k === spaces.length) break;
		const q = spaces[k]!;
		if (q <= p + 160 && q <= nextStop[p]!) {
			KIND_AFTER_SPACE.lastIndex = q;
			KIND_AFTER_SPACE.exec(text);
			found.push({ at: p, list: text.slice(p, q) });
			p = KIND_AFTER_SPACE.lastIndex;
		} else p++;
	}
	return found;
}
const SEPARATOR = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
/** Words that end an item's name: a relative clause or a prepositional phrase goes on from it. */
const ENDS_NAME = /^(?:that|which|who|is|are|was|were|by|of|in|for|with|from|to|on|as|supported|used|developed)$/;
/** Words a sentence or a phrase opens with, capitalised by their place. */
const OPENER = /^(?:The|This|These|Those|Our|A|An|In|On|For|With|Using|By|From|We|It|Its|Their|Both|All|Each|Other|Such|Various|Several|Many|Most|Some)$/;
/** A word of a tool's name: a capital opens the first; later ones may be lower-case ("VOS viewer"). */
const NAME_WORD = /^[A-Za-z][\w.+-]*$/;

/** The name an item of a list opens with (up to three words, the first capitalised), or none. */
function itemName(item: string, fromEnd: boolean): string | null {
	let words = item.trim().split(/\s+/);
	if (fromEnd) {
		// The first item of a list before the noun follows the sentence's words: keep its last capitalised run.
		const start = words.findLastIndex((w, i) => /^[A-Z]/.test(w) && (i === 0 || !/^[A-Z]/.test(words[i - 1]!)));
		words = start === -1 ? [] : words.slice(start);
	}
	const end = words.findIndex((w) => ENDS_NAME.test(w));
	if (end !== -1) words = words.slice(0, end);
	if (words.length === 0 || words.length > 3 || !/^[A-Z]/.test(words[0]!) || OPENER.test(words[0]!) || !words.every((w) => NAME_WORD.test(w))) return null;
	return words.join(' ');
}

/** Names in a list of tools or systems beside known ones, typed as the known ones, used. */
export const knownToolMates: EntityRule = {
	name: 'known tool-mates',
	priority: 1,
	find({ abstract, lexicons, isGeneric, isKnown, inUrl }) {
		if (!/tools|software|systems|engines|translators|packages|programs|services/.test(abstract)) return [];
		const { lookup } = lexiconIndex(lexicons);
		const typeOf = (name: string) => lookup.get(name)?.type ?? lookup.get(name.toLowerCase())?.type;
		const lists: { names: (string | null)[]; at: number }[] = [];
		for (const m of allMatches(abstract, BRACKETED)) lists.push({ names: m[1]!.split(SEPARATOR).map((item) => itemName(item, false)), at: m.index });
		for (const { at, list } of listsBeforeKind(abstract)) {
			const items = list.split(SEPARATOR);
			// Only a list: two items at least, each a name (the first after the sentence's own words).
			if (items.length < 2) continue;
			lists.push({ names: items.map((item, i) => itemName(item, i === 0)), at });
		}
		const found: FoundName[] = [];
		for (const { names, at } of lists) {
			if (inUrl(at)) continue;
			const types = names.map((name) => (name ? typeOf(name) : undefined));
			const type = types.find((t) => t === 'method' || t === 'model');
			if (!type) continue;
			names.forEach((name, i) => {
				if (!name || types[i] || isKnown(name) || isGeneric(name) || found.some((f) => f.name === name)) return;
				found.push({ type, name, role: 'used', forms: [] });
			});
		}
		return found;
	},
};
