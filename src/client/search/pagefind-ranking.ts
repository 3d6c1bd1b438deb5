/**
 * Pagefind's ranking (1.x: BM25 over weighted, stemmed words, plus its title meta boost),
 * ported so the search opened from `file://` orders papers as the online search does.
 * It indexes the text Pagefind indexes on a paper page (the h1 title, the abstract, the
 * keyphrases, the note) the way Pagefind's indexer splits and weighs words, and scores a
 * query the way Pagefind's search does. Pure; the constants are Pagefind's defaults.
 * @see https://pagefind.app/docs/ranking/
 */
import stem from 'wink-porter2-stemmer';
import { spellsQueryWord } from './prefix-fallback.ts';

/** Word weights are stored as multiples of 1/24 (body text 24, an h1 7 × 24). */
const WEIGHT_UNIT = 24;
/** The auto weight of an h1, which holds a paper's title. */
const H1_WEIGHT = 7 * WEIGHT_UNIT;
/** Ranking defaults: termSimilarity, pageLength (b), termSaturation (k1), and meta weights. */
const TERM_SIMILARITY = 1;
const PAGE_LENGTH = 0.75;
const TERM_SATURATION = 1.4;
const DIACRITIC_SIMILARITY = 0.8;
const META_WEIGHTS: Record<string, number> = { title: 5 };

/** What Pagefind sees of one page: its body text by weight, and its meta fields. */
export interface PageText {
	/** Body text in page order, each piece with its word weight (title: h1). */
	body: { text: string; weight: 'h1' | 'body' }[];
	/** Meta fields (title, date), whose words add a boost when a query matches them. */
	meta: Record<string, string>;
}

interface Posting {
	/** [weight, position] of each occurrence in the body. */
	locs: [number, number][];
	/** Meta fields the word occurs in. */
	meta: Set<string>;
}

/** The inverted index of a collection: stem → page → occurrences. */
export interface RankingIndex {
	words: Map<string, Map<number, Posting>>;
	wordCounts: number[];
	/** The words of the body, lower-cased and without accents, by the stem they are indexed under. */
	spellings: Map<string, Set<string>>;
	averageLength: number;
}

const ALNUM = /[\p{L}\p{N}]/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Strips diacritics as Pagefind's indexer does: "café" is stored as "cafe". */
const withoutDiacritics = (word: string) => (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, ''));

const stems = new Map<string, string>();
/** The Porter2 (Snowball English) stem Pagefind stores, cached: a collection repeats its words. */
function stemOf(word: string): string {
	let s = stems.get(word);
	if (s === undefined) stems.set(word, (s = stem(withoutDiacritics(word))));
	return s;
}

/** Byte length as Rust counts it, for Pagefind's "two+ character parts" rule. */
const byteLength = (s: string) => new TextEncoder().encode(s).length;

/**
 * The parts of a compound word, as Pagefind's `get_discrete_words` splits it (ASCII
 * punctuation, then case and digit boundaries as `convert_case` draws them).
 * @example discreteWords('RLPrompt') // ['rl', 'prompt']; discreteWords('actor-critic') // ['actor', 'critic']
 */
export function discreteWords(raw: string): string[] {
	return raw
		.replace(ASCII_PUNCTUATION, ' ')
		.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
		.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ')
		.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean);
}

/** The stems one whitespace-separated word is indexed under, with their share of its weight. */
export function indexableWords(raw: string, weight: number): { stem: string; weight: number }[] {
	const normalized = [...raw].filter((c) => ALNUM.test(c)).join('').toLowerCase();
	const out = normalized ? [{ stem: stemOf(normalized), weight }] : [];
	const compound = [...raw].some((c) => !ALNUM.test(c)) || /.\p{Lu}/u.test(raw);
	if (!compound || !normalized) return out;
	const parts = discreteWords(raw);
	const joined = parts.join(' ');
	if (!joined.includes(' ') && normalized.startsWith(joined)) return out;
	const kept = parts.filter((p) => byteLength(p) > 1);
	const share = weight > 0 ? Math.max(1, Math.floor(weight / kept.length)) : 0;
	for (const part of kept) out.push({ stem: stemOf(part), weight: share });
	return out;
}

/** A body word as the online search reads it at a matched position: whole, and its parts (`prefix-fallback.ts`). */
function spellingsOf(raw: string): string[] {
	const whole = withoutDiacritics([...raw].filter((c) => ALNUM.test(c)).join('').toLowerCase());
	return whole ? [whole, ...discreteWords(raw).map(withoutDiacritics)] : [];
}

/** Builds the index of `pages`, numbering them in order. */
export function buildRankingIndex(pages: PageText[]): RankingIndex {
	const words = new Map<string, Map<number, Posting>>();
	const spellings = new Map<string, Set<string>>();
	const posting = (word: string, page: number) => {
		let byPage = words.get(word);
		if (!byPage) words.set(word, (byPage = new Map()));
		let entry = byPage.get(page);
		if (!entry) byPage.set(page, (entry = { locs: [], meta: new Set() }));
		return entry;
	};
	const wordCounts = pages.map((page, index) => {
		let position = 0;
		for (const { text, weight } of page.body) {
			for (const raw of text.split(/\s+/)) {
				if (!raw) continue;
				for (const w of indexableWords(raw, weight === 'h1' ? H1_WEIGHT : WEIGHT_UNIT)) posting(w.stem, index).locs.push([w.weight, position]);
				for (const word of spellingsOf(raw)) {
					const stemmed = stemOf(word);
					let set = spellings.get(stemmed);
					if (!set) spellings.set(stemmed, (set = new Set()));
					set.add(word);
				}
				position += 1;
			}
		}
		for (const [field, value] of Object.entries(page.meta)) {
			for (const raw of value.split(/\s+/)) for (const w of indexableWords(raw, 1)) posting(w.stem, index).meta.add(field);
		}
		return position;
	});
	const averageLength = wordCounts.reduce((a, b) => a + b, 0) / Math.max(1, wordCounts.length);
	return { words, wordCounts, averageLength, spellings };
}

/**
 * A query's words as Pagefind's search normalises them: lower-cased, punctuation dropped
 * (so "actor-critic" is one word), split on spaces and stemmed.
 */
export function queryWords(query: string): { word: string; stem: string }[] {
	const term = query.toLowerCase().replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '').replace(/\s{2,}/g, ' ').trim();
	return term ? term.split(' ').map((word) => ({ word, stem: stem(withoutDiacritics(word)) })) : [];
}

/**
 * Pagefind's bonus for an indexed word whose spelling agrees with the query word (one
 * starts the other): its body score counts `1 + DIACRITIC_SIMILARITY` times.
 */
const spellingBonus = (queryWord: string, indexed: string) =>
	indexed.startsWith(queryWord) || queryWord.startsWith(indexed) ? 1 + DIACRITIC_SIMILARITY : 1;

const idf = (total: number, holding: number) => Math.log((total - holding + 0.5) / (holding + 0.5) + 1);

/** How much a longer (or shorter) indexed word than the query's counts: 1 for the same length. */
function lengthBonus(differential: number): number {
	const base = Math.exp((-0.5 * differential ** 2) / 4);
	return Math.exp(base * TERM_SIMILARITY) / Math.exp(TERM_SIMILARITY);
}

/**
 * The indexed words a query stem matches: those it starts, else the longest word starting it,
 * as Pagefind's, but only when a body word of that stem spells the query word (`spellsQueryWord`:
 * "reinforcement" for "reinforcem", typed past its stem "reinforc"): the online search drops what
 * Pagefind finds through a cut start ("de" for "dexamethasone"), so this does too.
 */
function extensions(index: RankingIndex, term: string, queryWord: string): string[] {
	const found: string[] = [];
	let longestPrefix = '';
	for (const key of index.words.keys()) {
		if (key.startsWith(term)) found.push(key);
		else if (term.startsWith(key) && key.length > longestPrefix.length) longestPrefix = key;
	}
	// In key order, as Pagefind walks its sorted word map: at a position several words share, the first one counts.
	if (found.length) return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const bare = withoutDiacritics(queryWord);
	const spelt = [...(index.spellings.get(longestPrefix) ?? [])].some((word) => spellsQueryWord(word, bare));
	return longestPrefix && spelt ? [longestPrefix] : [];
}

/**
 * Scores every page for `query`: pages lacking a query word score 0 (every word is
 * required). Mirrors Pagefind's `search_term`, including how it counts a position
 * matched by several query words and how a title match adds its meta boost.
 */
export function rankPages(index: RankingIndex, query: string): Map<number, number> {
	const terms = queryWords(query);
	const total = index.wordCounts.length;
	const matches = terms.map((term) =>
		extensions(index, term.stem, term.word).map((word) => ({
			word,
			bonus: lengthBonus(Math.abs(word.length - term.stem.length) + 1),
			spelling: spellingBonus(term.word, word),
			pages: index.words.get(word)!,
		})),
	);
	const pageSets = matches.map((list) => new Set(list.flatMap((m) => [...m.pages.keys()])));
	const termIdf = pageSets.map((set) => idf(total, set.size));
	const queryIdf = termIdf.reduce((a, b) => a + b, 0);
	const scores = new Map<number, number>();
	if (!terms.length) return scores;
	for (const page of pageSets[0] ?? []) {
		if (!pageSets.every((set) => set.has(page))) continue;
		// Occurrences by position; at one position, each query term counts once (its first word).
		const byPosition = new Map<number, Map<number, { word: string; weight: number }>>();
		// Per meta field, the query terms it matches (each counts its IDF once).
		const metaMatches = new Map<string, Map<number, number>>();
		matches.forEach((list, t) => {
			for (const m of list) {
				const posting = m.pages.get(page);
				if (!posting) continue;
				for (const [weight, position] of posting.locs) {
					let seen = byPosition.get(position);
					if (!seen) byPosition.set(position, (seen = new Map()));
					if (!seen.has(t)) seen.set(t, { word: m.word, weight });
				}
				for (const field of posting.meta) {
					let fieldWords = metaMatches.get(field);
					if (!fieldWords) metaMatches.set(field, (fieldWords = new Map()));
					fieldWords.set(t, termIdf[t]!);
				}
			}
		});
		const weighted = new Map<string, number>();
		for (const seen of byPosition.values()) {
			const least = Math.min(...[...seen.values()].map((s) => s.weight));
			const effective = seen.size > 1 ? Math.min(255, least * seen.size) : least;
			for (const { word } of seen.values()) weighted.set(word, (weighted.get(word) ?? 0) + effective);
		}
		const length = index.wordCounts[page]!;
		let score = 0;
		for (const [word, weight] of weighted) {
			const t = matches.findIndex((list) => list.some((m) => m.word === word && m.pages.has(page)));
			const { bonus, spelling } = matches[t]!.find((m) => m.word === word)!;
			const tf = (weight / WEIGHT_UNIT) * bonus;
			const k1 = TERM_SATURATION;
			const bm25 = ((k1 + 1) * tf) / (k1 * (1 - PAGE_LENGTH + (PAGE_LENGTH * length) / index.averageLength) + tf);
			score += termIdf[t]! * bm25 * spelling;
		}
		for (const [field, fieldWords] of metaMatches) {
			const matched = [...fieldWords.values()].reduce((a, b) => a + b, 0);
			const coverage = matched / queryIdf;
			if (queryIdf > 0) score += (META_WEIGHTS[field] ?? 1) * matched * coverage * coverage;
		}
		scores.set(page, score);
	}
	return scores;
}
