/**
 * The collection's lower-case words (`lowerCaseWordsOf`) kept across builds, each paper's under its
 * text key: the topic naming and the shared phrases ask of them on every build, and gathering them
 * read every paper's content words — on a one-abstract rebuild, every line of the word cache parsed
 * for one changed paper (about a tenth of the generator's main thread at 3,000 papers). A rebuild
 * takes an unchanged paper's words from the kept lists and reads only the changed papers'.
 *
 * Exact: which words a paper writes in lower case follows from its content words, which follow from
 * its title and abstract, which its text key digests; the collection's words are the union of its
 * papers' lists, whichever build read each.
 */
import { askedOf, lowerCaseWordsIn, type WrittenInLowerCase } from './lower-case-words.ts';

/** The papers' lower-case words at one build, for the next; V8-serialisable. */
export interface KeptLowerCaseWords {
	/** Every word some kept paper writes in lower case, lower-cased. */
	words: string[];
	/** Per paper, its text key, in the order its lists are packed. */
	keys: string[];
	/** Paper i's words are `ids[offsets[i]]` up to `ids[offsets[i + 1]]`, as indexes into `words`. */
	offsets: Int32Array;
	ids: Int32Array;
}

/** The kept words of an earlier build (if any), where to keep this build's, and each paper's text key. */
export interface LowerCaseKeeping {
	kept: KeptLowerCaseWords | undefined;
	keep: (words: KeptLowerCaseWords) => void;
	textKeys: readonly string[];
}

/**
 * Asks whether the collection writes a word in lower case, as `lowerCaseWordsOf(documents)` does,
 * gathering the words on the first question from the kept lists of the papers whose text key they
 * hold and from `documents` (read only there) for the others; keeps this build's lists when the
 * papers changed.
 */
export function keptLowerCaseWords(documents: readonly { words: readonly string[] }[], keeping: LowerCaseKeeping): WrittenInLowerCase {
	return askedOf(() => gatherWords(documents, keeping));
}

function gatherWords(documents: readonly { words: readonly string[] }[], { kept, keep, textKeys }: LowerCaseKeeping): Set<string> {
	const at = new Map(kept?.keys.map((key, i) => [key, i]));
	const words = kept ? kept.words.slice() : [];
	let index: Map<string, number> | undefined;
	const idOf = (word: string) => {
		index ??= new Map(words.map((w, i) => [w, i]));
		let id = index.get(word);
		if (id === undefined) index.set(word, (id = words.push(word) - 1));
		return id;
	};
	const lists = textKeys.map((key, i) => {
		const k = at.get(key);
		if (kept && k !== undefined) return kept.ids.subarray(kept.offsets[k]!, kept.offsets[k + 1]!);
		return Int32Array.from(lowerCaseWordsIn(documents[i]!), idOf);
	});
	const used = new Uint8Array(words.length);
	for (const list of lists) for (const id of list) used[id] = 1;
	const unchanged = kept !== undefined && textKeys.length === kept.keys.length && textKeys.every((key, i) => key === kept.keys[i]);
	if (!unchanged) keep(packed(words, used, textKeys, lists));
	return new Set(words.filter((_, id) => used[id] === 1));
}

/** The lists packed end to end, numbered afresh over the words some paper still writes (a dropped paper's others go). */
function packed(words: readonly string[], used: Uint8Array, keys: readonly string[], lists: readonly Int32Array[]): KeptLowerCaseWords {
	const renumbered = new Int32Array(words.length);
	const kept: string[] = [];
	words.forEach((word, id) => {
		if (used[id] === 1) renumbered[id] = kept.push(word) - 1;
	});
	const offsets = new Int32Array(lists.length + 1);
	lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
	const ids = new Int32Array(offsets[lists.length]!);
	lists.forEach((list, i) => ids.set(list.map((id) => renumbered[id]!), offsets[i]));
	return { words: kept, keys: [...keys], offsets, ids };
}
