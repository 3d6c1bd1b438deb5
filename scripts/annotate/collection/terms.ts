/**
 * Words of a text as features: tokens with their positions, Porter2 stems and stopword
 * flags, and the stems and adjacent word pairs a text contributes to its TF-IDF vector.
 *
 * Kept deliberately simple and fast: one regex pass per text, a memoised Porter2 stemmer.
 */
import stem from 'wink-porter2-stemmer';
import { STOPWORDS } from './stopwords.ts';
import { allMatches } from '../all-matches.ts';

/** One word as written, with its position in the text. */
export interface Token {
	/** Lowercased word as written ("zero-shot", "policies"). */
	word: string;
	/** The word as a label: acronyms and brand casing kept ("LLM", "ImageNet"), "Offline" → "offline". */
	display: string;
	/** Normalised stem used for matching ("zero-shot", "polici"). */
	stem: string;
	start: number;
	end: number;
	stop: boolean;
}

const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;

/** Stems are memoised: a collection repeats the same few thousand words endlessly. */
const stemCache = new Map<string, string>();

/** Stems a lowercased word; compounds keep their hyphens and stem their last part. */
export function stemWord(word: string): string {
	let cached = stemCache.get(word);
	if (cached === undefined) {
		cached = stemUncached(word);
		if (stemCache.size < 200_000) stemCache.set(word, cached);
	}
	return cached;
}

function stemUncached(word: string): string {
	const american = word.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1').replace(/['’]s$/, '');
	const parts = american.split('-');
	parts[parts.length - 1] = stem(parts[parts.length - 1]);
	return parts.join('-');
}

/** Words of a text, in order, with stems and stopword flags. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	// URLs are links, not vocabulary: blank them out (same length, so offsets stay true).
	const words = text.replace(/\bhttps?:\/\/\S+/g, (url) => ' '.repeat(url.length));
	for (const match of allMatches(words, WORD)) {
		// "LLMs" and "LLM" are one term; the stemmer cannot see that in lowercase.
		const raw = match[0];
		const word = (raw.endsWith('s') && /^[A-Z\d-]{2,}s$/.test(raw) ? raw.slice(0, -1) : raw).toLowerCase();
		const start = match.index;
		const display = /^\p{Lu}?\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u.test(raw) ? raw.toLowerCase() : raw;
		tokens.push({ word, display, stem: stemWord(word), start, end: start + match[0].length, stop: word.length < 2 || STOPWORDS.has(word) });
	}
	return tokens;
}

/**
 * Adds the features of a text to `counts`: stems of content words, and pairs of adjacent
 * content words not separated by punctuation ("reinforc learn"). `forms` keeps the first
 * way each feature was written, for labels.
 */
export function textFeatures(text: string, counts: Map<string, number>, forms: Map<string, string>, weight = 1) {
	const tokens = tokenize(text);
	const note = (feature: string, written: string) => {
		const count = counts.get(feature);
		counts.set(feature, (count ?? 0) + weight);
		if (count === undefined && !forms.has(feature)) forms.set(feature, written);
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.stop) continue;
		note(token.stem, token.display);
		const next = tokens[i + 1];
		if (next && !next.stop && /^\s+$/.test(text.slice(token.end, next.start))) {
			note(`${token.stem} ${next.stem}`, `${token.display} ${next.display}`);
		}
	}
}
