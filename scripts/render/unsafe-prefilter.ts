/**
 * A speed-up for mdast-util-to-markdown's escaping that leaves its output unchanged.
 *
 * `state.safe` runs every "unsafe" pattern (some 70 with the MDX and GFM extensions) as a
 * regex over each text it escapes, and a page holds hundreds of small texts: at 10,000
 * pages that was a third of the render time. Each pattern's regex requires its own
 * `character` literally, so a pattern whose character does not occur in the text (with the
 * characters around it that `safe` looks at) can never match. Nor can a pattern whose
 * regex needs a line break (one `atBreak`, or a `before` or `after` of line-break characters
 * only) in a text without one, and most texts a page escapes have none. This wrapper hands
 * `safe` only the patterns that can, for the duration of one call; the library still decides
 * every escape.
 */
import type { Handle, Options, State, Unsafe } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

type SafeConfig = Parameters<State['safe']>[1];

/**
 * Per pattern list: its distinct characters, and the sublists already made, by which occur. Where
 * every character is an ASCII one and there are at most 64, which occur is a 64-bit mask in two
 * halves (`low`, `high`: each character's bit, by character code), and the sublists are kept by
 * the high half, then the low one; otherwise by the string of the characters that occur.
 */
interface Sublists {
	/** The patterns, in order, as they were when the entry was made. */
	patterns: Unsafe[];
	characters: string[];
	bits: { low: Int32Array; high: Int32Array } | null;
	/** Per pattern, the characters its regex needs one of besides its own (`needsOf`), if any. */
	needs: (string[] | null)[];
	/** The characters outside ASCII any pattern needs: one flag a text says whether it holds any. */
	wide: Set<number>;
	byMask: Map<number, Map<number, Unsafe[]>>;
	byPresent: Map<string, Unsafe[]>;
}

/**
 * `before` and `after` strings that match one character of a set, and the set: a pattern with one
 * needs that character in the text (unless the text's edge stands for it: `beforeNode`, `afterNode`).
 */
const CHARACTER_SETS: ReadonlyMap<string, string> = new Map([
	['[\\r\\n]', '\r\n'],
	['\\r', '\r'],
	['\\n', '\n'],
	['[\\u2028\\u2029]', '\u2028\u2029'],
]);

/**
 * The sets of characters `pattern`'s regex (as mdast-util-to-markdown's `compilePattern` builds
 * it) needs one of each, besides its `character`: a line break before it when `atBreak`, and its
 * `before` and `after` when they are one of `CHARACTER_SETS`. Null when it needs none of them.
 */
function needsOf(pattern: Unsafe): string[] | null {
	const needs: string[] = [];
	if (!pattern.beforeNode) {
		if (pattern.atBreak) needs.push('\r\n');
		const before = pattern.before == null ? undefined : CHARACTER_SETS.get(pattern.before);
		if (before !== undefined) needs.push(before);
	}
	const after = pattern.afterNode || pattern.after == null ? undefined : CHARACTER_SETS.get(pattern.after);
	if (after !== undefined) needs.push(after);
	return needs.length > 0 ? needs : null;
}

const sublists = new WeakMap<Unsafe[], Sublists>();
/** The entry made last: each page's serialisation copies the same patterns into a new list. */
let newest: Sublists | undefined;

function sublistsOf(all: Unsafe[]): Sublists {
	let entry = sublists.get(all);
	if (!entry) {
		// A list of the very patterns of the last one, in the same order, has the same sublists.
		if (newest && newest.patterns.length === all.length && newest.patterns.every((pattern, i) => pattern === all[i])) entry = newest;
		else {
			const characters = [...new Set(all.map((pattern) => pattern.character))];
			let bits: Sublists['bits'] = null;
			if (characters.length <= 64 && characters.every((c) => c.length === 1 && c.charCodeAt(0) < 128)) {
				bits = { low: new Int32Array(128), high: new Int32Array(128) };
				characters.forEach((c, k) => ((k < 32 ? bits!.low : bits!.high)[c.charCodeAt(0)] = 1 << k % 32));
			}
			const needs = all.map(needsOf);
			const wide = new Set(needs.flatMap((sets) => (sets ?? []).flatMap((set) => [...set].map((c) => c.charCodeAt(0)).filter((code) => code >= 128))));
			entry = newest = { patterns: [...all], characters, bits, needs, wide, byMask: new Map(), byPresent: new Map() };
		}
		sublists.set(all, entry);
	}
	return entry;
}

/**
 * Patterns of `all` whose character occurs in `before`, `value` or `after` (the text `safe` looks
 * at), and one of each set of characters its regex needs, in their original order. One pass over
 * the three marks the characters they hold, where a search per character read the joined text
 * some sixty times.
 */
function patternsFor(all: Unsafe[], before: string, value: string, after: string): Unsafe[] {
	const entry = all === lastList ? lastEntry! : sublistsOf(all);
	lastList = all;
	lastEntry = entry;
	const { bits } = entry;
	if (bits === null) return patternsPresent(entry, all, before + value + after);
	const lowBits = bits.low;
	const highBits = bits.high;
	const { wide, needs } = entry;
	let low = 0;
	let high = 0;
	let wideSeen = false;
	for (let part = 0; part < 3; part++) {
		const text = part === 0 ? before : part === 1 ? value : after;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code < 128) {
				low |= lowBits[code]!;
				high |= highBits[code]!;
			} else if (!wideSeen && wide.has(code)) wideSeen = true;
		}
	}
	let byLow = entry.byMask.get(high);
	if (!byLow) entry.byMask.set(high, (byLow = new Map()));
	// `low` is a 32-bit integer: the flag goes above its range.
	const key = wideSeen ? low + 2 ** 33 : low;
	let found = byLow.get(key);
	if (!found) {
		// A character no pattern is of has no bit: it is taken as present, as is any wide one when one is.
		const holds = (c: string) => {
			const code = c.charCodeAt(0);
			if (code >= 128) return wideSeen;
			const bit = lowBits[code]! | highBits[code]!;
			return bit === 0 || ((low & lowBits[code]!) | (high & highBits[code]!)) !== 0;
		};
		found = all.filter((pattern, at) => {
			const code = pattern.character.charCodeAt(0);
			if (((low & lowBits[code]!) | (high & highBits[code]!)) === 0) return false;
			const sets = needs[at];
			return sets === null || sets.every((set) => [...set].some(holds));
		});
		byLow.set(key, found);
	}
	return found;
}

/** The pattern list asked of last and its sublists: one list serves every text of a page. */
let lastList: Unsafe[] | undefined;
let lastEntry: Sublists | undefined;

/** `patternsFor` of a pattern list the masks cannot stand for, by the string of the characters that occur. */
function patternsPresent(entry: Sublists, all: Unsafe[], text: string): Unsafe[] {
	let present = '';
	for (const character of entry.characters) if (text.includes(character)) present += character;
	let found = entry.byPresent.get(present);
	if (!found) {
		found = all.filter((pattern) => present.includes(pattern.character));
		entry.byPresent.set(present, found);
	}
	return found;
}

/** Replaces `state.safe` with one that only runs the patterns a text can match. */
function prefilterUnsafe(state: State): void {
	const safe = state.safe;
	state.safe = function prefilteredSafe(value: string | null | undefined, config: SafeConfig): string {
		const all = state.unsafe;
		state.unsafe = patternsFor(all, config.before ?? '', value ?? '', config.after ?? '');
		try {
			return safe.call(state, value, config);
		} finally {
			state.unsafe = all;
		}
	};
}

const root: Handle = (node, parent, state, info) => {
	prefilterUnsafe(state);
	return defaultHandlers.root(node, parent, state, info);
};

/** A to-markdown extension: serialising a `root` installs the prefilter for the whole tree. */
export const unsafePrefilter: Options = { handlers: { root } };
