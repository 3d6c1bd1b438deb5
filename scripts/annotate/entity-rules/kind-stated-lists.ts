/**
 * Names listed beside a plural noun that says what kind they are: "deep learning libraries
 * Caffe, Keras, Tensorflow, Theano, and Torch", "regression models: Random Forest, Support
 * Vector Machine and …", "ROI atlases (Talairach and Tournoux, Harvard-Oxford, …)", "both IA and
 * BIA+ models". The kind noun types every item (`cue-nouns.ts`), with no count needed and
 * whatever each item's shape, since a list of names beside its kind is how every field writes
 * what it compared or used.
 *
 * After the noun (bare, or after a colon, a bracket, "such as", "like", "including", "e.g."),
 * items may be plain capitalised words; before it ("GLUE and SuperGLUE benchmarks", "A, B, and C
 * waveform models") only coined words and acronyms are, as "French and German data" lists languages. A list ends at its first
 * item that is no name; it needs two names, and a bare list after the noun three or a coined one;
 * one coined name is enough after "such as", "like", "including" or "e.g." ("datasets, like Ref-DAVIS").
 * An item may open with "the" and join its words with "of" or "for" ("the Materials Project",
 * "Materials Platform for Data Science").
 * "Scales" is a word of size as well as of rating instruments: after a comparative ("baseline models
 * with over 3x larger scales such as BAGEL") it is the size of the plural kind before it, which types
 * the list, and with no kind before it the list is left.
 */
import { isCoinedName } from './coined-name.ts';
import { CUE_WORDS, isPluralCue, kindOfCue } from './cue-nouns.ts';
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { isNameShaped } from './name-shapes.ts';
import { allMatches } from '../all-matches.ts';

const CUE = `(?:${CUE_WORDS.join('|')})`;
/** A plural kind, then how the list is introduced, then the list up to the clause's end (looked at, not consumed, so a kind inside it is read too). */
const AFTER = new RegExp(String.raw`\b(${CUE})(\s*:\s*|\s*\(\s*(?:e\.g\.,?\s*|such as\s+|including\s+)?|,?\s+(?:such as|like|including|e\.g\.,?)\s+|\s+)(?=([^.;:()]+))`, 'g');
/** "larger scales", "smaller scales": "scales" as a size, not as rating instruments. */
const SIZE_SCALES = /^scales?$/;
const COMPARATIVE_BEFORE = /\b(?:larger|smaller|bigger|greater|higher|lower|finer|coarser|wider|longer)\s+$/;
/** The last plural kind noun of the clause before a point ("baseline models with over 3x larger "). */
const KIND_IN_CLAUSE = new RegExp(String.raw`\b(${CUE})\b(?=[^.;:,()]*$)`, 'g');

/**
 * The cue that states the kind of a list after `cue` at `at`: the cue itself, or for "scales" of size
 * the plural kind before it in the clause ("models" of "models with larger scales such as …").
 */
function statingCue(cue: string, at: number, abstract: string): string | undefined {
	const before = abstract.slice(Math.max(0, at - 80), at);
	if (!SIZE_SCALES.test(cue) || !COMPARATIVE_BEFORE.test(before)) return cue;
	return allMatches(before, KIND_IN_CLAUSE).map((m) => m[1]!).filter(isPluralCue).at(-1);
}
/** An opener that gives examples of the kind. */
const EXAMPLE = /\b(?:such as|like|including|e\.g\.)/;
/**
 * A list of two or more items, then its plural kind, one lower-case word of what they model or
 * hold allowed between ("the IMRPhenomXPHM, IMRPhenomXO4a, and NRSur7dq4 waveform models").
 */
const BEFORE = new RegExp(
	String.raw`((?:[A-Z][\w+/.-]*[\w+]\s*,\s*)*[A-Z][\w+/.-]*[\w+],?\s+(?:and|or)\s+[A-Z][\w+/.-]*[\w+])(?:\s+(?!(?:and|or|of|for|in|on|to|the|with|by)\b)[a-z][a-z-]*)?\s+(${CUE})\b`,
	'g',
);
/**
 * Splits a list into items; with a serial comma (", and") an item keeps its own "and". Only the
 * run of names up to the first other lower-case word decides it: in "Wikipedia, OSCAR and
 * CroissantLLM for text, together with X, Y, and Z" the serial comma is a later list's.
 */
export function listItems(list: string): string[] {
	// A comma and "and" before a lower-case word open the clause's next verb ("including A and B, and report …"), no serial comma.
	const names = /^(?:[^a-z]|\b(?:and|or)\b)*/.exec(list.replace(/\b[A-Z][\w+/.-]*/g, (w) => 'X'.repeat(w.length)))![0].replace(/,\s*(?:(?:and|or)\s*)?$/, '');
	const serial = /,\s*(?:and|or)\s/.test(list.slice(0, names.length));
	const parts = serial ? list.split(/\s*,\s*(?:(?:and|or)\s+)?/) : list.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/);
	return parts.map((p) => p.trim()).filter(Boolean);
}

/** Whether the capitalised words of a list item are a name: an acronym, or words of a name's shape. */
function isItem(item: string, plainWords: boolean, kind: FoundName['type'], context: EntityContext): boolean {
	if (context.isGeneric(item)) return false;
	if (/^[A-Z][A-Z\d+/-]+$/.test(item)) return true;
	const words = item.split(/\s+/).filter((w) => !/^(?:and|of|for)$/.test(w));
	return words.length <= 4 && isNameShaped(words, { software: plainWords, kind });
}

/** The items of a list, up to its first that is no name; the last may run on into the clause ("and Torch to understand …"). */
function names(items: string[], plainWords: boolean, kind: FoundName['type'], context: EntityContext): string[] {
	const kept: string[] = [];
	for (const listed of items) {
		// "databases such as the Materials Project, Citrination, …": an article is no word of the name.
		const item = listed.replace(/^the\s+/, '');
		// A coined name may open in lower case, its capitals inside ("libraries like cuML and FAISS"); a
		// release number may end it ("models, including Sightline 2 and FooNet").
		const head = /^(?:[A-Z]|[a-z]+[A-Z])[\w+/.-]*(?:\s+(?:[A-Z][\w+/.-]*|and|of|for))*(?:\s+\d+(?:\.\d+)?(?![\w.-]|\.\d))?/
			.exec(item)?.[0]
			.replace(/(?:\s+(?:and|of|for))+$/, '');
		if (!head || !isItem(head, plainWords, kind, context)) break;
		kept.push(head);
		if (head !== item) break;
	}
	return kept;
}

/** Names listed beside a plural noun of their kind. */
export const kindStatedLists: EntityRule = {
	name: 'kind-stated lists',
	priority: 1,
	find(context) {
		const { abstract, inUrl } = context;
		const found: FoundName[] = [];
		const add = (list: string[], kind: FoundName['type']) => {
			for (const name of list) if (!context.isKnown(name)) found.push({ type: kind, name, role: 'used', forms: [], statedType: true });
		};
		for (const m of allMatches(abstract, AFTER)) {
			const [, stated, opener, rest] = m as unknown as [string, string, string, string];
			const cue = statingCue(stated, m.index, abstract);
			if (!cue || !isPluralCue(cue) || inUrl(m.index)) continue;
			const kind = kindOfCue(cue)!;
			const list = names(listItems(rest), true, kind, context);
			const bare = /^\s+$/.test(opener);
			if (list.length >= 2 && (!bare || list.length >= 3 || list.some((n) => /[a-z][A-Z]|\d/.test(n)))) add(list, kind);
			// One example is a list too when the words say it is one ("in-domain datasets, like Ref-DAVIS, while …") and it is coined.
			else if (list.length <= 1 && EXAMPLE.test(opener)) {
				const first = listItems(rest)[0]?.replace(/^the\s+/, '');
				if (!first || !isCoinedName(first) || context.isGeneric(first)) continue;
				// The plural of a known family ("left-to-right models (e.g., GPTs)") is that family.
				const singular = first.endsWith('s') && context.isKnown(first.slice(0, -1)) ? first.slice(0, -1) : undefined;
				if (singular) found.push({ type: kind, name: singular, role: 'used', forms: [first] });
				else add([first], kind);
			}
		}
		for (const m of allMatches(abstract, BEFORE)) {
			const [, rest, cue] = m as unknown as [string, string, string];
			if (!isPluralCue(cue) || inUrl(m.index)) continue;
			const kind = kindOfCue(cue)!;
			// "improvements in VAS, cervical ROM, and BDI scores": an item after a lower-case modifier is a
			// quantity measured ("cervical ROM"), and the list before it is cut, so it lists no names.
			if (/(?:^|\s)(?![Aa]nd\b|[Oo]r\b|[Tt]he\b|[Oo]f\b|[Ii]n\b|[Oo]n\b|[Ff]or\b|[Ww]ith\b|[Bb]y\b|[Bb]oth\b|[Tt]o\b|[Ff]rom\b|[Aa]s\b|[Aa]n?\b)[a-z][a-z-]+\s$/.test(abstract.slice(Math.max(0, m.index - 30), m.index))) continue;
			const items = listItems(rest);
			const list = names(items, false, kind, context);
			if (list.length === items.length && list.length >= 2) add(list, kind);
		}
		return found;
	},
};
