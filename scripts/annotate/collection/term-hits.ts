/**
 * How often taxonomy terms occur in one text, each term's pattern scanned at most once per text,
 * and a phrase term's not at all in a text that lacks one of its words. Topics share terms (a
 * "reinforcement learning|\bRL\b" requirement stands in several) and every topic asks of the title
 * and then the abstract; a phrase term's pattern (`(?<![\p{L}\p{N}])few[\s-]+shot[\s-]+learning…`,
 * case-insensitive by Unicode) is tried at every position of the text, which cost most of the
 * topics' time, while a lookup of its words in the text's set of words costs next to nothing.
 */
import { phraseWords, type TaxonomyTerm } from '../taxonomy.ts';

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
	const lower = text.toLowerCase();
	return new Set((lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower).split(/[^a-z0-9]+/));
}

/** The number of matches of taxonomy terms in one text, as `text.match(term.pattern)?.length ?? 0` counts them. */
export class TermHits {
	private readonly text: string;
	private words: Set<string> | undefined;
	private readonly counts: number[] = [];

	constructor(text: string) {
		this.text = text;
	}

	/**
	 * How many times `term`'s pattern (global, as `compileTerm` makes every one) matches the text;
	 * a phrase none of whose matches the text can hold (a word missing, or the last one missing with
	 * its plurals) has none, and is not scanned.
	 *
	 * @example new TermHits('Offline RL with offline data').count({ source: 'offline', pattern: compileTerm('offline') }) // 2
	 */
	count(term: Pick<TaxonomyTerm, 'source' | 'pattern'>): number {
		const { id, words } = readTerm(term);
		let count = this.counts[id];
		if (count === undefined) {
			count = words && !this.mayHold(words) ? 0 : (this.text.match(term.pattern)?.length ?? 0);
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
