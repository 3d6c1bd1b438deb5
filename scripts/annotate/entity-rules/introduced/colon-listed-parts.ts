/**
 * The parts of the paper's own system listed after a colon with no numbers, each item a clause
 * whose subject is the part's title-case name: "… through two coupled components: Sparse Memory
 * Bank aggregates past frames into a latent state; Geometric Guard Module enforces structure …".
 * Vision and learning papers present their modules so, a semicolon between clauses. Each item must
 * open with a title-case run of two to five words and its verb ("aggregates", "enforces"), so a
 * list of prose or of others' tools is left alone; two such items at least, after a plural noun of
 * parts, in a sentence that speaks of the paper's own work ("our", or a name the paper introduces).
 * Numbered items ("(1)", "(ii)") mark the list out by themselves, so there the name may end at a
 * comma, a colon or its acronym's bracket instead of a verb: "two core components: (1)
 * Vision-Centric Contextual Conflict Reasoning, which performs …; and (2) Correlation-Guided
 * Encoding and Decoding, featuring …", "(ii) Query-Driven Feature Aggregation (QD): a learnable …".
 * A colon after any other words opens such a list when all its items, three or more, are clauses that open with a name
 * ("At its core is a data engine …: Diversity-and-Difficulty-Aware Sampling expands …; Cross-Model
 * Consistency Verification leverages …; the Judge-and-Refine pipeline improves …"): a name may be a
 * hyphen chain with lower-case joiners, or stand before a noun of a part ("pipeline", "module"), and
 * "At its core" speaks of the paper's own system as "our" does.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** A plural noun of parts, then the colon that opens the list. */
const PARTS_LIST = /\b(?:components|modules|parts|branches|blocks|stages|mechanisms|submodules|elements|designs|innovations)\s*:\s*((?:[^.]|\.(?=\d))+)/;
/** Any colon opening a list (a decimal point, "65.5M", ends no list): its items must then all be named, three at least. */
const ANY_LIST = /:\s*((?:[^.]|\.(?=\d))+)/;
/** Items a list opened by no noun of parts needs, each named. */
const MIN_UNNAMED_ITEMS = 3;
/** A clause opening with a title-case name of two to five words and its verb in the third person. */
const NAMED_CLAUSE = /^(?:the\s+|an?\s+)?((?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]+(?:-(?:and|or|to|of|[A-Z][a-z]+))+)(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]+(?:-(?:and|or|to|of|[A-Z][a-z]+))+)){1,4})\s+(?:(?:then|first|further|also|jointly|explicitly|implicitly)\s+)?[a-z]+(?:es|s)\b/;
/** "the Judge-and-Refine pipeline improves …": a hyphenated title-case name before a noun of a part, then its verb. */
const NAMED_PART_CLAUSE = /^(?:the\s+|an?\s+)?([A-Z][a-z]+(?:-(?:and|or|to|of|[A-Z][a-z]+))+)\s+(?:pipeline|module|mechanism|strategy|stage|component|loop)\s+[a-z]+(?:es|s)\b/;
/** An item's number, "(1)", "2)", "(ii)". */
const ITEM_NUMBER = /^\(?(?:\d|[ivx]{1,4})\)\s+/;
/** After a number, a title-case name of two to six words (small joining words between) ending at a comma, a colon or its acronym. */
const NUMBERED_NAME =
	/^((?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]+-[A-Z][a-z]+)(?:\s+(?:(?:and|of|for|with|in)\s+)?(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z][a-z]+-[A-Z][a-z]+)){1,5})\s*(?:\([A-Z][\w-]*\)\s*)?[,:]/;

/** The name an item opens with: after a number, up to its comma; else the subject of its verb. */
function itemName(item: string): string | undefined {
	const number = ITEM_NUMBER.exec(item);
	return number ? NUMBERED_NAME.exec(item.slice(number[0].length))?.[1] : (NAMED_CLAUSE.exec(item)?.[1] ?? NAMED_PART_CLAUSE.exec(item)?.[1]);
}

/** Words of the paper speaking of its own work. */
const OWN = /\b(?:[Oo]ur|[Ww]e)\b|\b[Aa]t\s+its\s+core\b/;

/** Title-case names opening the clauses of a colon-opened list of the own system's parts. */
export const colonListedParts: NameRule = {
	name: 'colon-listed parts',
	scope: 'paper',
	find({ abstract, sentences, isGeneric, isKnown }, found: readonly NameHit[]): NameHit[] {
		if (!abstract.includes(';')) return [];
		return sentences.flatMap((sentence) => listedParts(abstract.slice(sentence.start, sentence.end), found).filter((h) => !isGeneric(h.name) && !isKnown(h.name)));
	},
};

/** The parts one sentence lists, when it lists two at least of the own work. */
function listedParts(text: string, found: readonly NameHit[]): NameHit[] {
	if (!text.includes(';')) return [];
	const parts = PARTS_LIST.exec(text);
	const list = parts ?? ANY_LIST.exec(text);
	if (!list) return [];
	const before = text.slice(0, list.index);
	if (!OWN.test(before) && !found.some((h) => h.forms.some((form) => before.includes(form)))) return [];
	const items = list[1]!.split(/\s*;\s*(?:and\s+)?/).map((item) => item.trim());
	const names = items.map(itemName);
	const kept = names.filter((name): name is string => !!name);
	// A list no noun of parts opens is one of parts only when every item of three or more is a clause named by
	// its subject; numbered items after another noun ("three metrics: (1) …") list whatever that noun says.
	if (!parts) {
		const clauses = items.every((item) => !ITEM_NUMBER.test(item));
		return clauses && kept.length >= MIN_UNNAMED_ITEMS && kept.length === names.length ? kept.map((name) => hit(name)) : [];
	}
	return kept.length >= 2 ? kept.map((name) => hit(name)) : [];
}
