/**
 * How often taxonomy terms occur in one text, each term's pattern scanned at most once per text,
 * and a phrase term's not at all in a text that lacks one of its words. Topics share terms (a
 * "reinforcement learning|\bRL\b" requirement stands in several) and every topic asks of the title
 * and then the abstract; a phrase term's pattern (`(?<![\p{L}\p{N}])few[\s-]+shot[\s-]+learning…`,
 * case-insensitive by Unicode) is tried at every position of the text, which cost most of the
 * topics' time, while a lookup of its words in the text's set of words costs next to nothing.
 * A regular-expression term is likewise not run on a text that holds none of the words it cannot
 * match without (`TermGate`): most name something most abstracts never say ("intermediate
 * difficulty", "sparse reward"), and one pass over the text for all terms' words costs less than
 * a few of their patterns tried at every position.
 */
import { CueGate } from '../text/cue-gate.ts';
import { phraseWords, type Taxonomy, type TaxonomyTerm } from '../taxonomy.ts';

/** Per pattern, an id shared by every pattern of the same source and flags, and its phrase's words. */
const known = new WeakMap<RegExp, { id: number; words: readonly string[] | null }>();
const idOfSource = new Map<string, number>();

function readTerm({ source, pattern }: Pick<TaxonomyTerm, 'source' | 'pattern'>): { id: number; words: readonly string[] | null } {
	let read = known.get(pattern);
	if (!read) {
		const key = `${pattern.flags}/${pattern.source}`;
		let id = idOfSource.get(key);
		if (id === undefined) idOfSource.set(key, (id = idOfSource.size));
		read = { id, words: phraseWords(source) };
		known.set(pattern, read);
	}
	return read;
}

/**
 * The text's runs of ASCII letters and digits, lower-cased. A phrase term's words are such runs
 * where it matches: bounded by anything but a letter or digit, and matched case-insensitively by
 * Unicode folding, under which only "ſ" (read as "s" here) and the Kelvin sign (which
 * `toLowerCase` makes "k") stand for an ASCII letter.
 */
function wordsOf(text: string): Set<string> {
	let lower = text.toLowerCase();
	if (lower.includes('ſ')) lower = lower.replaceAll('ſ', 's');
	// Read in place, the runs `split(/[^a-z0-9]+/)` would give (less its empty strings, which no
	// phrase word is): the split's pattern, run between every two words, cost more than the set.
	const words = new Set<string>();
	let start = -1;
	for (let at = 0; at < lower.length; at++) {
		const code = lower.charCodeAt(at);
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			if (start < 0) start = at;
		} else if (start >= 0) {
			words.add(lower.slice(start, at));
			start = -1;
		}
	}
	if (start >= 0) words.add(lower.slice(start));
	return words;
}

/**
 * The regular-expression terms of one taxonomy behind a `CueGate`: the words each cannot match
 * without (`requiredWords`, read off its source), all found in one pass over a text.
 */
export class TermGate {
	private readonly gate = new CueGate();
	private readonly indices = new Map<RegExp, number>();

	constructor(terms: Iterable<Pick<TaxonomyTerm, 'source' | 'pattern'>>) {
		for (const term of terms) {
			if (this.indices.has(term.pattern) || readTerm(term).words) continue;
			const index = this.gate.enroll(term.pattern);
			if (index !== null) this.indices.set(term.pattern, index);
		}
	}

	/** False when `pattern` is a gated term's and `text` holds none of its words, so it has no match. */
	mayMatch(text: string, pattern: RegExp): boolean {
		const index = this.indices.get(pattern);
		return index === undefined || this.gate.mayMatch(text, index);
	}
}

const gates = new WeakMap<Taxonomy, TermGate>();

/** The `TermGate` of every regular-expression term of `taxonomy`, made once per taxonomy. */
export function termGateOf(taxonomy: Taxonomy): TermGate {
	let gate = gates.get(taxonomy);
	if (!gate) {
		gate = new TermGate(taxonomy.topics.flatMap((topic) => [...topic.any, ...topic.all, ...topic.not, ...topic.requires]));
		gates.set(taxonomy, gate);
	}
	return gate;
}

/** The number of matches of taxonomy terms in one text, as `text.match(term.pattern)?.length ?? 0` counts them. */
export class TermHits {
	private readonly text: string;
	private readonly gate: TermGate | undefined;
	private words: Set<string> | undefined;
	private readonly counts: number[] = [];

	/** `gate`, where given, holds the regular-expression terms a text without their words need not run. */
	constructor(text: string, gate?: TermGate) {
		this.text = text;
		this.gate = gate;
	}

	/**
	 * How many times `term`'s pattern (global, as `compileTerm` makes every one) matches the text;
	 * a phrase none of whose matches the text can hold (a word missing, or the last one missing with
	 * its plurals), or a gated term whose words the text lacks, has none, and is not scanned.
	 *
	 * @example new TermHits('Offline RL with offline data').count({ source: 'offline', pattern: compileTerm('offline') }) // 2
	 */
	count(term: Pick<TaxonomyTerm, 'source' | 'pattern'>): number {
		const { id, words } = readTerm(term);
		let count = this.counts[id];
		if (count === undefined) {
			const none = words ? !this.mayHold(words) : this.gate !== undefined && !this.gate.mayMatch(this.text, term.pattern);
			count = none ? 0 : (this.text.match(term.pattern)?.length ?? 0);
			this.counts[id] = count;
		}
		return count;
	}

	private mayHold(phrase: readonly string[]): boolean {
		const words = (this.words ??= wordsOf(this.text));
		const last = phrase.length - 1;
		for (let i = 0; i < last; i++) if (!words.has(phrase[i]!)) return false;
		const end = phrase[last]!;
		return words.has(end) || words.has(`${end}s`) || words.has(`${end}es`);
	}
}
