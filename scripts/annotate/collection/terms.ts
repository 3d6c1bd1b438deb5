/**
 * Lexical features shared by related papers and derived topics: tokens, stems,
 * stopwords, word pairs and sparse TF-IDF vectors over a whole collection.
 *
 * Kept deliberately simple and fast (one regex pass per text, a Porter2 stemmer) so
 * 10,000 abstracts vectorise in about a second.
 */
import stem from 'wink-porter2-stemmer';

/** English function words plus the filler of paper abstracts ("we propose a novel method"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
	`a about above across after again against all almost along already also although always am among an and another any
	are around as at be because been before being below between both but by can cannot could did do does doing done down
	during each either else enough etc even ever every few for from further had has have having he her here hers him his
	how however i if in into is it its itself just least less let like many may me might more most much must my neither no
	nor not now of off often on once one only onto or other others otherwise our ours out over own per rather same several
	she should since so some such than that the their theirs them themselves then there thereby therefore these they this
	those though through thus to together too toward towards under until up upon us very via was we well were what when
	where whether which while who whom whose why will with within without would yet you your
	e.g i.e eg ie et al vs
	paper papers work works propose proposed proposes present presents presented introduce introduces introduced
	show shows shown showed demonstrate demonstrates demonstrated novel new approach approaches method methods result
	results achieve achieves achieved significantly significant existing prior recent recently various different use
	used uses using based furthermore moreover additionally finally first second third two three four five key
	remarkable remarkably extensive experiment experiments experimental empirical empirically study studies studied
	state art outperform outperforms outperforming improve improves improved improvement improvements performance
	effective effectively efficient efficiently simple however including include includes provide provides
	make makes made way ways well better best large larger high higher low lower across able ability respectively
	indicating indicate indicates explicitly yield yields yielded remain remains remaining particular particularly
	compared compare comparable important typically considered consider directly consistently substantially strong
	possible showing addition need needs needed good instead highlighting highlight highlights aiming aim aims reveal
	reveals revealed main hence investigate investigates motivated critical crucial order given due whereas wide widely
	surpassing surpass surpasses lead leads leading allow allows allowing enable enables enabling provided providing
	find finds found observe observed suggest suggests suggesting establish established obtain obtained apply applied
	perform performs performed address addresses addressed tackle overall specifically specific generally commonly
	thereby still beyond far whilst upon namely take takes taking leverage leverages leveraging utilize utilizes
	utilizing employ employs employing emerged emerging challenging challenge challenges promising potential
	available code github https http www com org io html project website reach reaches reached
	achieving exhibiting exhibit exhibits produce produces producing range view capture captures popular simultaneously
	identifies identify rely relies time times previous natural grow extend extends extending repeated progress
	solution solutions solve solves solving`
		.split(/\s+/)
		.filter(Boolean),
);

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
	for (const match of words.matchAll(WORD)) {
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

/** A document as a sparse, L2-normalised TF-IDF vector: parallel arrays sorted by term id. */
export interface SparseVector {
	terms: Int32Array;
	weights: Float32Array;
}

/** A collection vectorised: one vector per document plus the shared vocabulary. */
export interface VectorSpace {
	vectors: SparseVector[];
	/** Feature string of each term id. */
	vocabulary: string[];
	/** Number of documents containing each term id. */
	df: Int32Array;
	/** Most frequent written form of each term id, for labels and explanations. */
	labels: string[];
}

/** What a document contributes: its text, and extra keyed features such as entity ids. */
export interface FeatureDocument {
	title: string;
	abstract: string;
	/** Extra features (e.g. `entity:method/icpl`) with their label and a weight multiplier. */
	extra?: { key: string; label: string; boost: number }[];
}

/**
 * The text features of a collection's documents, read once (`collectTextFeatures`) and
 * shared by every `vectorize` over the same documents: tokenising and stemming is most of
 * the cost, and related papers and derived topics both need it. Interned, so holding it
 * for 10,000 papers costs a few typed arrays rather than a map per paper.
 */
export interface TextFeatureTable {
	/** Feature strings (stems and stem pairs), by id. */
	features: string[];
	/** Written forms, by id. */
	forms: string[];
	/** Per document, in the order `textFeatures` first met each feature: id, count, form id. */
	docs: { ids: Int32Array; counts: Float64Array; forms: Int32Array }[];
}

/** Text features of title (counted twice) and abstract of every document, for `vectorize`. */
export function collectTextFeatures(docs: readonly { title: string; abstract: string }[]): TextFeatureTable {
	const featureIds = new Map<string, number>();
	const formIds = new Map<string, number>();
	const table: TextFeatureTable = { features: [], forms: [], docs: [] };
	const intern = (value: string, ids: Map<string, number>, list: string[]) => {
		let id = ids.get(value);
		if (id === undefined) {
			id = list.length;
			ids.set(value, id);
			list.push(value);
		}
		return id;
	};
	for (const doc of docs) {
		const { counts, forms } = documentTextFeatures(doc);
		const ids = new Int32Array(counts.size);
		const values = new Float64Array(counts.size);
		const written = new Int32Array(counts.size);
		let i = 0;
		for (const [feature, count] of counts) {
			ids[i] = intern(feature, featureIds, table.features);
			values[i] = count;
			written[i++] = intern(forms.get(feature)!, formIds, table.forms);
		}
		table.docs.push({ ids, counts: values, forms: written });
	}
	return table;
}

function documentTextFeatures(doc: { title: string; abstract: string }) {
	const counts = new Map<string, number>();
	const forms = new Map<string, string>();
	textFeatures(doc.title, counts, forms, 2);
	textFeatures(doc.abstract, counts, forms, 1);
	return { counts, forms };
}

/**
 * TF-IDF over title (counted twice) and abstract: `(1 + ln tf) × ln((N + 1) / df)`,
 * extras multiplied by their boost, each vector L2-normalised.
 */
export function vectorize(docs: readonly FeatureDocument[], text?: TextFeatureTable): VectorSpace {
	const ids = new Map<string, number>();
	const vocabulary: string[] = [];
	const surfaceTotals: Map<string, number>[] = [];
	const dfCounts: number[] = [];
	// Table feature id → term id here, so shared text features need no string lookups.
	const fromTable = text ? new Int32Array(text.features.length).fill(-1) : null;
	const termId = (feature: string) => {
		let id = ids.get(feature);
		if (id === undefined) {
			id = vocabulary.length;
			ids.set(feature, id);
			vocabulary.push(feature);
			surfaceTotals.push(new Map());
			dfCounts.push(0);
		}
		return id;
	};
	const raw = docs.map((doc, index) => {
		const entries: [number, number][] = [];
		const add = (id: number, count: number, form: string) => {
			dfCounts[id]++;
			// A label is the form most papers write the feature in (each paper votes once).
			surfaceTotals[id].set(form, (surfaceTotals[id].get(form) ?? 0) + 1);
			entries.push([id, count]);
		};
		// An extra replaces a text feature of the same key in place (count 1, its label); the
		// last of repeated extras gives the label.
		const extras = doc.extra?.length ? new Map(doc.extra.map((extra) => [extra.key, extra])) : null;
		const replaced = new Set<string>();
		if (text && fromTable) {
			const features = text.docs[index]!;
			for (let i = 0; i < features.ids.length; i++) {
				const tableId = features.ids[i]!;
				const feature = text.features[tableId]!;
				const extra = extras?.get(feature);
				if (extra) replaced.add(feature);
				let id = fromTable[tableId]!;
				if (id < 0) id = fromTable[tableId] = termId(feature);
				add(id, extra ? 1 : features.counts[i]!, extra ? extra.label : text.forms[features.forms[i]!]!);
			}
		} else {
			const { counts, forms } = documentTextFeatures(doc);
			for (const [feature, count] of counts) {
				const extra = extras?.get(feature);
				if (extra) replaced.add(feature);
				add(termId(feature), extra ? 1 : count, extra ? extra.label : forms.get(feature)!);
			}
		}
		for (const [key, extra] of extras ?? []) if (!replaced.has(key)) add(termId(key), 1, extra.label);
		const boosts = new Map<number, number>();
		for (const extra of doc.extra ?? []) boosts.set(ids.get(extra.key)!, extra.boost);
		entries.sort((a, b) => a[0] - b[0]);
		return { entries, boosts };
	});
	const n = docs.length;
	const vectors = raw.map(({ entries, boosts }) => {
		const terms = new Int32Array(entries.length);
		const weights = new Float32Array(entries.length);
		let norm = 0;
		entries.forEach(([id, count], i) => {
			const w = (1 + Math.log(count)) * Math.log((n + 1) / dfCounts[id]) * (boosts.get(id) ?? 1);
			terms[i] = id;
			weights[i] = w;
			norm += w * w;
		});
		norm = Math.sqrt(norm) || 1;
		for (let i = 0; i < weights.length; i++) weights[i] /= norm;
		return { terms, weights };
	});
	const labels = surfaceTotals.map((forms) => {
		let best = '';
		let bestCount = -1;
		for (const [form, count] of forms) {
			if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
		}
		return best;
	});
	return { vectors, vocabulary, df: Int32Array.from(dfCounts), labels };
}

/** Dot product of two sparse vectors (both sorted by term id). */
export function dot(a: SparseVector, b: SparseVector): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
		if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
		else if (a.terms[i] < b.terms[j]) i++;
		else j++;
	}
	return sum;
}
