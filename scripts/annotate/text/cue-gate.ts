/**
 * Cue patterns run only on texts that hold a word they require. The TL;DR and the summary test a
 * few dozen cue patterns on every sentence, and most sentences hold the words of only a few: one
 * pass over a text finds the required words of every pattern at once (a trie of the words made
 * into a machine that reads the lower-cased text once), and a pattern none of whose words is there
 * is not run, as it cannot match. The words are read off each pattern's own source (`cue-words.ts`), so a
 * cue list edited by hand is gated as it stands; a pattern without such words is always run.
 *
 * A gated pattern answers exactly as the pattern does: `test` and `exec` of a pattern without the
 * `g` or `y` flag keep no state, and a text without any of its words has no match.
 */
import { anchoredAtStart, requiredWords } from './cue-words.ts';

/** A cue a rule tests a text with: a regular expression, or a test that gates one with a literal scan. */
export type Cue = Pick<RegExp, 'test'>;

/** A cue and the weight it adds to a score when it occurs in a text (the summary's cue tables). */
export type WeightedCue = [Cue, number];

/** A cue pattern behind the gate: the pattern's `test` and `exec`, run only when the text may match. */
export interface GatedCue {
	test(text: string): boolean;
	exec(text: string): RegExpExecArray | null;
}

/**
 * Texts whose scans are kept: the TL;DR reads every sentence of an abstract, then the summary reads
 * them again (abstracts run to a dozen or two sentences), and both ask of parts of a sentence too.
 * Each text rule reads a whole group of papers (`TEXTS_AT_ONCE`, 25) before the next rule: the
 * summary asks of a sentence some 300 texts after the TL;DR did, so the scans of a group are kept.
 */
export const KEPT_SCANS = 1024;
/** Characters a word may hold: ASCII only (the words are ASCII; any other character ends a walk). */
const ASCII = 128;

/** One set of gated patterns and the trie of their words. */
export class CueGate {
	/** Per gated pattern, the words one of which it requires. */
	private readonly words: string[][] = [];
	private readonly patterns: RegExp[] = [];
	/** Trie transitions, `1 << shift` per node, by column (0: none); node 0 is the root. Built when first needed. */
	private transitions: Int32Array | null = null;
	/** Per ASCII character, its column in the trie: 0 for a character no word holds, which ends a walk. */
	private columns = new Uint8Array(ASCII);
	private shift = 0;
	/** Per trie node, the patterns a word ending there lets run. */
	private ends: (number[] | undefined)[] = [];
	/** Per trie node, 1 where a word ends: read at every step of a walk, where `ends` mostly holds nothing. */
	private endsHere = new Uint8Array(0);
	/** Kept scans by text, oldest first (a `Map` keeps the order things were put in). */
	private readonly scanned = new Map<string, Uint8Array>();
	/** The scan asked of last. */
	private last: { text: string | undefined; may: Uint8Array } = { text: undefined, may: new Uint8Array(0) };

	/**
	 * `pattern` behind this gate. A pattern with the `g` or `y` flag keeps state between calls, one
	 * anchored at the start fails at once, and one without required words cannot be gated: each of
	 * these is given back as it is.
	 */
	add(pattern: RegExp): GatedCue {
		const index = pattern.global || pattern.sticky ? null : this.enroll(pattern);
		if (index === null) return pattern;
		return {
			test: (text) => this.mayMatch(text, index) && pattern.test(text),
			exec: (text) => (this.mayMatch(text, index) ? pattern.exec(text) : null),
		};
	}

	/**
	 * `pattern`'s words in this gate, and the index `mayMatch` knows it by; null for a pattern
	 * anchored at the start or without required words. The caller runs the pattern as it likes (a
	 * global one too: a text without any of its words has no match at any position).
	 */
	enroll(pattern: RegExp): number | null {
		const words = anchoredAtStart(pattern) ? null : requiredWords(pattern);
		if (words === null) return null;
		const index = this.words.push(words) - 1;
		this.patterns.push(pattern);
		this.transitions = null;
		this.last = { text: undefined, may: new Uint8Array(0) };
		return index;
	}

	/** Each gated pattern with the words `add` read off it, in order; for tests and for measuring the gate. */
	gated(): { pattern: RegExp; words: readonly string[] }[] {
		return this.patterns.map((pattern, i) => ({ pattern, words: this.words[i]! }));
	}

	/** Whether gated pattern `index` may match `text`: the text holds one of its words. */
	mayMatch(text: string, index: number): boolean {
		// A rule asks of one sentence a few dozen times in a row: the last text is looked at first.
		if (text === this.last.text) return this.last.may[index] === 1;
		if (this.transitions === null) this.build();
		this.last = this.scanOf(text);
		return this.last.may[index] === 1;
	}

	/** The kept scan of `text`, or a new one in the oldest scan's array once as many as are kept are. */
	private scanOf(text: string): { text: string | undefined; may: Uint8Array } {
		let may = this.scanned.get(text);
		if (may === undefined) {
			if (this.scanned.size < KEPT_SCANS) may = new Uint8Array(this.words.length);
			else {
				const oldest = this.scanned.keys().next().value!;
				may = this.scanned.get(oldest)!;
				this.scanned.delete(oldest);
			}
			this.scan(text, may);
			this.scanned.set(text, may);
		}
		return { text, may };
	}

	private build(): void {
		// Columns only for the characters the words hold (letters, a space, a hyphen, an apostrophe),
		// not one per ASCII character: a node's row is a few dozen slots.
		const columns = new Uint8Array(ASCII);
		let width = 1;
		for (const words of this.words) for (const word of words) for (let i = 0; i < word.length; i++) if (columns[word.charCodeAt(i)] === 0) columns[word.charCodeAt(i)] = width++;
		let shift = 0;
		while (1 << shift < width) shift++;
		// Thousands of nodes, built once per thread: they go in a typed array that doubles when full,
		// where pushing every slot onto a plain array and copying that into a typed one made each
		// thread's first scan slow.
		let transitions = new Int32Array(64 << shift);
		const ends: (number[] | undefined)[] = [undefined];
		this.words.forEach((words, index) => {
			for (const word of words) {
				let node = 0;
				for (let i = 0; i < word.length; i++) {
					const at = (node << shift) | columns[word.charCodeAt(i)]!;
					if (transitions[at] === 0) {
						transitions[at] = ends.length;
						ends.push(undefined);
						if (ends.length << shift > transitions.length) {
							const grown = new Int32Array(transitions.length * 2);
							grown.set(transitions);
							transitions = grown;
						}
					}
					node = transitions[at]!;
				}
				(ends[node] ??= []).push(index);
			}
		});
		transitions = transitions.slice(0, ends.length << shift);
		// The trie made a machine that reads a text once (Aho and Corasick's): where a node has no
		// transition for a character, it takes the one of the longest suffix of its word that is in
		// the trie, and a node lets run the patterns of every word that ends there or at such a
		// suffix. So one step per character finds what walking the trie from every position found.
		const suffix = new Int32Array(ends.length);
		const order: number[] = [];
		for (let column = 1; column < 1 << shift; column++) if (transitions[column] !== 0) order.push(transitions[column]!);
		for (let k = 0; k < order.length; k++) {
			const node = order[k]!;
			const fallback = suffix[node]!;
			for (let column = 1; column < 1 << shift; column++) {
				const at = (node << shift) | column;
				const child = transitions[at]!;
				if (child === 0) transitions[at] = transitions[(fallback << shift) | column]!;
				else {
					suffix[child] = transitions[(fallback << shift) | column]!;
					order.push(child);
				}
			}
		}
		// Breadth first, so a node's suffix has its patterns already.
		for (const node of order) {
			const inherited = ends[suffix[node]!];
			if (inherited !== undefined) ends[node] = [...new Set([...(ends[node] ?? []), ...inherited])];
		}
		this.transitions = transitions;
		this.columns = columns;
		this.shift = shift;
		this.ends = ends;
		this.endsHere = Uint8Array.from(ends, (patterns) => (patterns === undefined ? 0 : 1));
		this.scanned.clear();
		this.last = { text: undefined, may: new Uint8Array(0) };
	}

	/** Marks in `may` every pattern with a word `text` holds (in any case), and clears the others. */
	private scan(text: string, may: Uint8Array): void {
		may.fill(0);
		const transitions = this.transitions!;
		const columns = this.columns;
		const shift = this.shift;
		const endsHere = this.endsHere;
		const lower = text.toLowerCase();
		let node = 0;
		for (let i = 0; i < lower.length; i++) {
			const c = lower.charCodeAt(i);
			const column = c < ASCII ? columns[c]! : 0;
			// A character no word holds: no word runs across it.
			if (column === 0) node = 0;
			else {
				node = transitions[(node << shift) | column]!;
				if (endsHere[node] === 1) for (const p of this.ends[node]!) may[p] = 1;
			}
		}
	}
}

/** The gate the text rules share, so one scan of a sentence serves all their cues. */
export const textCues = new CueGate();

/**
 * Each of `patterns` behind `gate`, under the same names: a module's cue constants gated in one
 * statement, their call sites reading `CUE.NAME.test(text)`.
 */
export function gateCues<K extends string>(patterns: Record<K, RegExp>, gate: CueGate = textCues): Record<K, GatedCue> {
	return Object.fromEntries(Object.entries<RegExp>(patterns).map(([name, pattern]) => [name, gate.add(pattern)])) as Record<K, GatedCue>;
}
