/**
 * The text features of a whole collection, read once (`collectTextFeatures`) and shared by
 * every `vectorize` over the same documents: related papers and derived topics both need them.
 *
 * The features are those `textFeatures` (`terms.ts`) gives each document, collected without a
 * string per word pair or a map per document: what a written word contributes (stop word or
 * not, stem, label form) is worked out once per spelling, and a word pair is looked up by the
 * numbers of its two stems. Building and hashing a string for every pair in every abstract was
 * most of the cost. A document's text is read into its content words (`documentWords`), which
 * the content-hash cache keeps per paper: a rebuild only numbers them.
 */
import { blankUrls, isStopWord, labelForm, lookupWord, nextWord, stemWord } from './terms.ts';

/**
 * Interned, so holding it for 10,000 papers costs a few typed arrays rather than a map per paper.
 */
export interface TextFeatureTable {
	/** Feature strings (stems and stem pairs), by id. */
	features: string[];
	/** Written forms, by id. */
	forms: string[];
	/** Per document, in the order `textFeatures` first met each feature: id, count, form id. */
	docs: { ids: Int32Array; counts: Float64Array; forms: Int32Array }[];
}

/** A pair key is `first stem × PAIR + second stem`: exact while there are fewer stems than this. */
const PAIR = 2 ** 26;

/** What one spelling contributes: nothing (a stop word), or its stem and label form by number. */
type Spelling = { stop: true } | { stop: false; stem: number; display: number };

/**
 * One document's content words in reading order, all `collectTextFeatures` reads of its text:
 * a paper's own, so the content-hash cache keeps it and a rebuild does not read every abstract
 * again.
 */
export interface DocumentWords {
	/** Distinct written content words (stop words left out), in first-seen order. */
	words: string[];
	/** The title's words as indices into `words`, -1 where no word pair spans (a stop word, punctuation or a URL between). */
	title: number[];
	/** The abstract's, as `title`. */
	abstract: number[];
}

/** A document's `DocumentWords`. */
export function documentWords(doc: { title: string; abstract: string }): DocumentWords {
	const words: string[] = [];
	const index = new Map<string, number>();
	const span = { start: 0, end: 0 };
	const sequence = (text: string) => {
		const found: number[] = [];
		// Whether the word just before was a content word, and where it ended.
		let content = false;
		let end = -1;
		const blanked = blankUrls(text);
		for (let from = 0; nextWord(blanked, from, span); from = span.end) {
			const raw = blanked.slice(span.start, span.end);
			if (isStopSpelling(raw)) {
				content = false;
				continue;
			}
			// A pair of adjacent content words with only white space between them.
			if (!(content && onlySpace(text, end, span.start)) && found.length > 0 && found.at(-1) !== -1) found.push(-1);
			let at = index.get(raw);
			if (at === undefined) index.set(raw, (at = words.push(raw) - 1));
			found.push(at);
			content = true;
			end = span.end;
		}
		return found;
	};
	return { words, title: sequence(doc.title), abstract: sequence(doc.abstract) };
}

const isStopSpelling = (raw: string) => isStopWord(lookupWord(raw));

/**
 * Text features of title (counted twice) and abstract of every document, for `vectorize`.
 * `words` are documents' `DocumentWords` already read (by document, undefined where not).
 */
export function collectTextFeatures(docs: readonly { title: string; abstract: string }[], words?: readonly (DocumentWords | undefined)[]): TextFeatureTable {
	const table: TextFeatureTable = { features: [], forms: [], docs: [] };
	const formIds = new Map<string, number>();
	const internForm = (form: string) => {
		let id = formIds.get(form);
		if (id === undefined) formIds.set(form, (id = table.forms.push(form) - 1));
		return id;
	};
	const spellings = new Map<string, Spelling>();
	const stems: string[] = [];
	const stemIds = new Map<string, number>();
	const displays: string[] = [];
	const displayIds = new Map<string, number>();
	const number = (value: string, ids: Map<string, number>, list: string[]) => {
		let id = ids.get(value);
		if (id === undefined) ids.set(value, (id = list.push(value) - 1));
		return id;
	};
	const spelling = (raw: string): Spelling => {
		let found = spellings.get(raw);
		if (found === undefined) {
			const word = lookupWord(raw);
			found =
				isStopWord(word)
					? { stop: true }
					: { stop: false, stem: number(stemWord(word), stemIds, stems), display: number(labelForm(raw), displayIds, displays) };
			spellings.set(raw, found);
		}
		return found;
	};
	// Feature and form ids of single stems, word pairs and their written forms.
	const stemFeature: number[] = [];
	const pairFeature = new Map<number, number>();
	const displayForm: number[] = [];
	const pairForm = new Map<number, number>();
	const featureOf = (key: number, single: boolean) => {
		let id = single ? stemFeature[key] : pairFeature.get(key);
		if (id === undefined) {
			id = table.features.push(single ? stems[key]! : `${stems[Math.floor(key / PAIR)]!} ${stems[key % PAIR]!}`) - 1;
			if (single) stemFeature[key] = id;
			else pairFeature.set(key, id);
		}
		return id;
	};
	const formOf = (key: number, single: boolean) => {
		let id = single ? displayForm[key] : pairForm.get(key);
		if (id === undefined) {
			id = internForm(single ? displays[key]! : `${displays[Math.floor(key / PAIR)]!} ${displays[key % PAIR]!}`);
			if (single) displayForm[key] = id;
			else pairForm.set(key, id);
		}
		return id;
	};
	// Per feature: the last document that had it, and its place in that document's lists.
	const seenIn: number[] = [];
	const slot: number[] = [];
	docs.forEach((doc, index) => {
		const ids: number[] = [];
		const counts: number[] = [];
		const forms: number[] = [];
		const note = (key: number, single: boolean, form: number, weight: number) => {
			const id = featureOf(key, single);
			if (seenIn[id] === index) counts[slot[id]!]! += weight;
			else {
				seenIn[id] = index;
				slot[id] = ids.push(id) - 1;
				counts.push(weight);
				forms.push(formOf(form, single));
			}
		};
		const { words: written, title, abstract } = words?.[index] ?? documentWords(doc);
		const found = written.map((raw) => spelling(raw) as Spelling & { stop: false });
		const read = (sequence: readonly number[], weight: number) => {
			// The content word just before, if it can pair with this one: its stem and form.
			let stem = -1;
			let display = -1;
			for (const at of sequence) {
				if (at < 0) {
					stem = -1;
					continue;
				}
				const word = found[at]!;
				if (stem >= 0) note(stem * PAIR + word.stem, false, display * PAIR + word.display, weight);
				note(word.stem, true, word.display, weight);
				({ stem, display } = word);
			}
		};
		read(title, 2);
		read(abstract, 1);
		table.docs.push({ ids: Int32Array.from(ids), counts: Float64Array.from(counts), forms: Int32Array.from(forms) });
	});
	return table;
}

/** True when `text` between `from` and `to` is one or more white space characters (`/^\s+$/`). */
function onlySpace(text: string, from: number, to: number): boolean {
	if (to <= from) return false;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === 32 || (code >= 9 && code <= 13)) continue;
		if (code < 128 || !/\s/.test(text[i]!)) return false;
	}
	return true;
}
