/**
 * `vectorize(docs, text, { idf, stableIds: true })` kept across builds and patched: the related
 * search's vector space (`related.ts`) made from the last build's wherever only a few papers
 * changed, instead of every paper's features read, counted and weighed again.
 *
 * What a space is made of splits by paper: each paper contributes its terms with their counts,
 * written forms and boosts (its "part", fixed by its title, abstract and extras); the collection
 * adds each term's document frequency and label (the form most papers vote for), and numbers the
 * terms by (idf, hash, text) (`stableTermOrder`). So with the same number of papers, a changed
 * paper moves only the df and votes of its own terms; a paper none of whose terms changed its idf
 * keeps its weights, and its term ids only shift past terms that appeared, vanished or moved,
 * which keeps them in order. Those papers' vectors are renumbered; the changed papers and those
 * holding a term whose idf moved are weighed again. Any other case (another number of papers,
 * many changed) is made from scratch; a part that repeats a term is left to `vectorize` (null).
 */
import { hash } from 'node:crypto';
import type { TextFeatureTable } from './text-feature-table.ts';
import { fnv1a, normalisedWeights, stableTermOrder, type FeatureDocument, type SparseVector, type VectorSpace } from './vector-space.ts';
import { keptPart, packParts, packVotes, patchVotes, spaceOf, type KeptSpace, type Part } from './kept-space-arrays.ts';

export type { KeptSpace } from './kept-space-arrays.ts';

/** Past this share of papers changed, the space is made from scratch: patching would cost more. */
const MOST_CHANGED = 0.1;

/**
 * What fixes a paper's part: its title and abstract (its text features; `textKey`, their digest,
 * where the caller has it) and a digest of its extras in order.
 */
export function partKey(doc: FeatureDocument, textKey?: string): string {
	const extras = (doc.extra ?? []).map((extra) => `${extra.key}\u0001${extra.label}\u0001${extra.boost}`).join('\u0002');
	return `${textKey ?? hash('sha1', `${doc.title}\u0000${doc.abstract}`)}\u0000${hash('sha1', extras)}`;
}

/**
 * The space `vectorize(docs, text, { idf, stableIds: true })` gives, and its kept form for the next
 * build: patched from `kept` (this function's last `kept`, made with the same `idf` and text
 * features read the same way) where only a few papers' parts changed, else made from scratch.
 * `textKeys`, by paper, are digests of each title and abstract (any digest the caller keeps the
 * same across builds), read instead of hashing them here.
 */
export function vectorizeKept(
	docs: readonly FeatureDocument[],
	text: TextFeatureTable,
	idfOf: (df: number, n: number) => number,
	kept: KeptSpace | undefined,
	textKeys?: readonly string[],
): { space: VectorSpace; kept: KeptSpace; patched: boolean } | null {
	const keys = docs.map((doc, i) => partKey(doc, textKeys?.[i]));
	const changed = kept && kept.keys.length === docs.length ? keys.flatMap((key, i) => (key === kept.keys[i] ? [] : [i])) : null;
	if (kept && changed && changed.length <= docs.length * MOST_CHANGED) {
		const patched = patch(kept, docs, text, keys, changed, idfOf);
		if (patched) return { space: spaceOf(patched), kept: patched, patched: true };
	}
	const fresh = fromScratch(docs, text, keys, idfOf);
	return fresh && { space: spaceOf(fresh), kept: fresh, patched: false };
}

/** Numbers strings into a growing list, by a map made when first needed; marks numbers. */
class Interner {
	private index: Map<string, number> | undefined;
	private marks = new Uint8Array(1024);
	readonly list: string[];
	constructor(list: string[]) {
		this.list = list;
	}
	/** Marks `id`; true if it was marked already. */
	mark(id: number): boolean {
		if (id >= this.marks.length) {
			const grown = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
			grown.set(this.marks);
			this.marks = grown;
		}
		const was = this.marks[id] === 1;
		this.marks[id] = 1;
		return was;
	}
	unmark(id: number): void {
		this.marks[id] = 0;
	}
	id(text: string): number {
		if (!this.index) {
			this.index = new Map();
			for (let i = 0; i < this.list.length; i++) this.index.set(this.list[i]!, i);
		}
		let id = this.index.get(text);
		if (id === undefined) this.index.set(text, (id = this.list.push(text) - 1));
		return id;
	}
}

/**
 * A paper's part, exactly as `vectorize` adds its features (an extra replaces a text feature of
 * its key); null where a term comes twice, which would count twice towards its df.
 */
function partOf(doc: FeatureDocument, features: TextFeatureTable['docs'][number], text: TextFeatureTable, terms: Interner, forms: Interner, ids: TableIds): Part | null {
	const part: Part = { terms: [], counts: [], forms: [], boosts: new Map() };
	let twice = false;
	const add = (term: number, count: number, form: number) => {
		if (terms.mark(term)) twice = true;
		part.terms.push(term);
		part.counts.push(count);
		part.forms.push(form);
	};
	const extras = doc.extra?.length ? new Map(doc.extra.map((extra) => [extra.key, extra])) : null;
	const replaced = new Set<string>();
	for (let i = 0; i < features.ids.length; i++) {
		const feature = text.features[features.ids[i]!]!;
		const extra = extras?.get(feature);
		if (extra) replaced.add(feature);
		// A table's feature and form ids are looked up once each, not by their strings for every paper.
		let term = ids.features[features.ids[i]!]!;
		if (term < 0) term = ids.features[features.ids[i]!] = terms.id(feature);
		if (extra) {
			add(term, 1, forms.id(extra.label));
			continue;
		}
		let form = ids.forms[features.forms[i]!]!;
		if (form < 0) form = ids.forms[features.forms[i]!] = forms.id(text.forms[features.forms[i]!]!);
		add(term, features.counts[i]!, form);
	}
	for (const [key, extra] of extras ?? []) if (!replaced.has(key)) add(terms.id(key), 1, forms.id(extra.label));
	for (const extra of doc.extra ?? []) part.boosts.set(terms.id(extra.key), extra.boost);
	for (const term of part.terms) terms.unmark(term);
	return twice ? null : part;
}

/** Term and form numbers by the text table's feature and form ids (-1 until met). */
interface TableIds {
	features: Int32Array;
	forms: Int32Array;
}

const tableIds = (text: TextFeatureTable): TableIds => ({ features: new Int32Array(text.features.length).fill(-1), forms: new Int32Array(text.forms.length).fill(-1) });

/** The kept space of `docs` made whole, as `vectorize` makes it; null where a part repeats a term. */
function fromScratch(docs: readonly FeatureDocument[], text: TextFeatureTable, keys: string[], idfOf: (df: number, n: number) => number): KeptSpace | null {
	const terms = new Interner([]);
	const forms = new Interner([]);
	const parts: Part[] = [];
	const ids = tableIds(text);
	for (let i = 0; i < docs.length; i++) {
		const part = partOf(docs[i]!, text.docs[i]!, text, terms, forms, ids);
		if (!part) return null;
		parts.push(part);
	}
	const n = docs.length;
	const termCount = terms.list.length;
	const df = new Int32Array(termCount);
	const votes: Map<number, number>[] = Array.from({ length: termCount }, () => new Map());
	for (const part of parts) {
		part.terms.forEach((term, j) => {
			df[term]++;
			votes[term]!.set(part.forms[j]!, (votes[term]!.get(part.forms[j]!) ?? 0) + 1);
		});
	}
	const labels = votes.map((byForm) => bestForm(byForm, forms.list));
	const idf = Float64Array.from(df, (count) => idfOf(count, n));
	const order = stableTermOrder(terms.list, idf);
	const kept: KeptSpace = {
		keys,
		terms: terms.list,
		hashes: Uint32Array.from(terms.list, (term) => fnv1a(term)),
		forms: forms.list,
		df,
		idf,
		labels,
		...packVotes(votes),
		...packParts(parts),
		order,
		vectorTerms: new Int32Array(0),
		vectorWeights: new Float32Array(0),
		digests: docs.map(() => ''),
	};
	const position = positionsOf(order, termCount);
	const idfAt = Float64Array.from(order, (term) => idf[term]!);
	const scratch = scratchOf(order.length);
	kept.vectorTerms = new Int32Array(kept.partTerms.length);
	kept.vectorWeights = new Float32Array(kept.partTerms.length);
	parts.forEach((part, i) => {
		const vector = weigh(part, position, idfAt, scratch);
		kept.vectorTerms.set(vector.terms, kept.offsets[i]);
		kept.vectorWeights.set(vector.weights, kept.offsets[i]);
	});
	return kept;
}

/** The patched kept space, or null where only a space from scratch is certain. */
function patch(
	old: KeptSpace,
	docs: readonly FeatureDocument[],
	text: TextFeatureTable,
	keys: string[],
	changed: readonly number[],
	idfOf: (df: number, n: number) => number,
): KeptSpace | null {
	const n = docs.length;
	const termList = old.terms.slice();
	const terms = new Interner(termList);
	const forms = new Interner(old.forms.slice());
	const fresh = new Map<number, Part>();
	const ids = tableIds(text);
	for (const i of changed) {
		const part = partOf(docs[i]!, text.docs[i]!, text, terms, forms, ids);
		if (!part) return null;
		fresh.set(i, part);
	}
	const termCount = termList.length;
	const df = new Int32Array(termCount);
	df.set(old.df);
	// Per term a changed paper touched, its votes' change by form.
	const deltas = new Map<number, Map<number, number>>();
	const vote = (term: number, form: number, by: number) => {
		let byForm = deltas.get(term);
		if (!byForm) deltas.set(term, (byForm = new Map()));
		byForm.set(form, (byForm.get(form) ?? 0) + by);
	};
	for (const i of changed) {
		for (let p = old.offsets[i]!; p < old.offsets[i + 1]!; p++) {
			df[old.partTerms[p]!]--;
			vote(old.partTerms[p]!, old.partForms[p]!, -1);
		}
		const part = fresh.get(i)!;
		part.terms.forEach((term, j) => {
			df[term]++;
			vote(term, part.forms[j]!, 1);
		});
	}
	const idf = new Float64Array(termCount);
	idf.set(old.idf);
	// Terms that leave their place in the order: vanished, new, or with another idf.
	const moved: number[] = [];
	const entering: number[] = [];
	for (const term of deltas.keys()) {
		const now = df[term]! > 0 ? idfOf(df[term]!, n) : NaN;
		const before = term < old.df.length && old.df[term]! > 0 ? old.idf[term]! : NaN;
		idf[term] = now;
		if (Object.is(now, before)) continue;
		moved.push(term);
		if (df[term]! > 0) entering.push(term);
	}
	const isMoved = new Uint8Array(termCount);
	for (const term of moved) isMoved[term] = 1;
	const order = moved.length === 0 ? old.order : reorder(old.order, isMoved, entering, idf, termList, old.hashes);
	const hashes = new Uint32Array(termCount);
	hashes.set(old.hashes);
	for (let term = old.hashes.length; term < termCount; term++) hashes[term] = fnv1a(termList[term]!);

	// The touched terms' votes and labels; the others' as kept.
	const labels = old.labels.slice();
	for (let term = old.labels.length; term < termCount; term++) labels.push('');
	const votes = new Map<number, Map<number, number>>();
	for (const [term, change] of deltas) {
		const byForm = new Map<number, number>();
		if (term < old.df.length) for (let v = old.voteOffsets[term]!; v < old.voteOffsets[term + 1]!; v++) byForm.set(old.voteForms[v]!, old.voteCounts[v]!);
		for (const [form, by] of change) {
			const count = (byForm.get(form) ?? 0) + by;
			if (count === 0) byForm.delete(form);
			else byForm.set(form, count);
		}
		votes.set(term, byForm);
		labels[term] = byForm.size > 0 ? bestForm(byForm, forms.list) : '';
	}

	// A paper is weighed again when it changed or holds a term that moved; the rest are renumbered.
	// Its digest is made again then, or when one of its terms has another label.
	const again = new Uint8Array(n);
	for (const i of changed) again[i] = 1;
	const relabelled = new Uint8Array(termCount);
	let relabels = 0;
	for (const term of deltas.keys()) if (term < old.labels.length && df[term]! > 0 && labels[term] !== old.labels[term]) relabels = relabelled[term] = 1;
	const digests = old.digests.slice();
	for (const i of changed) digests[i] = '';
	if (moved.length > 0 || relabels > 0) {
		for (let i = 0; i < n; i++) {
			if (again[i]) continue;
			for (let p = old.offsets[i]!; p < old.offsets[i + 1]!; p++) {
				const term = old.partTerms[p]!;
				if (relabelled[term]) digests[i] = '';
				if (isMoved[term]) {
					again[i] = 1;
					digests[i] = '';
					break;
				}
			}
		}
	}
	const parts = Array.from({ length: n }, (_, i) => (again[i] ? (fresh.get(i) ?? keptPart(old, i)) : null));
	const kept: KeptSpace = {
		keys,
		terms: termList,
		hashes,
		forms: forms.list,
		df,
		idf,
		labels,
		...patchVotes(old, votes, termCount),
		...packParts(parts, old),
		order,
		vectorTerms: new Int32Array(0),
		vectorWeights: new Float32Array(0),
		digests,
	};
	const position = positionsOf(order, termCount);
	const idfAt = Float64Array.from(order, (term) => idf[term]!);
	const scratch = scratchOf(order.length);
	const total = kept.offsets[n]!;
	const vectorTerms = (kept.vectorTerms = new Int32Array(total));
	const vectorWeights = (kept.vectorWeights = new Float32Array(total));
	const renumber = order !== old.order;
	// Runs of papers kept as they were copied whole, their term ids renumbered where the order changed.
	for (let i = 0; i < n; ) {
		if (again[i]) {
			const vector = weigh(parts[i]!, position, idfAt, scratch);
			vectorTerms.set(vector.terms, kept.offsets[i]);
			vectorWeights.set(vector.weights, kept.offsets[i]);
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n && !again[j]) j++;
		const [from, to, at] = [old.offsets[i]!, old.offsets[j]!, kept.offsets[i]!];
		vectorWeights.set(old.vectorWeights.subarray(from, to), at);
		if (!renumber) vectorTerms.set(old.vectorTerms.subarray(from, to), at);
		else for (let p = from; p < to; p++) vectorTerms[at + p - from] = position[old.order[old.vectorTerms[p]!]!]!;
		i = j;
	}
	return kept;
}

/**
 * The order with the moved terms taken out and the entering ones put in their place: the order
 * is by (idf, hash, text), which the terms that stay keep among themselves.
 */
function reorder(order: Int32Array, isMoved: Uint8Array, entering: readonly number[], idf: Float64Array, terms: readonly string[], oldHashes: Uint32Array): Int32Array {
	const hashOf = (term: number) => (term < oldHashes.length ? oldHashes[term]! : fnv1a(terms[term]!));
	const before = (a: number, b: number) => idf[a]! - idf[b]! || hashOf(a) - hashOf(b) || (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0);
	const staying = order.filter((term) => !isMoved[term]);
	const adding = [...entering].sort(before);
	const result = new Int32Array(staying.length + adding.length);
	let at = 0;
	let from = 0;
	for (const term of adding) {
		// The first staying term after this one, by binary search from where the last stopped.
		let lo = from;
		let hi = staying.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (before(staying[mid]!, term) < 0) lo = mid + 1;
			else hi = mid;
		}
		result.set(staying.subarray(from, lo), at);
		at += lo - from;
		from = lo;
		result[at++] = term;
	}
	result.set(staying.subarray(from), at);
	return result;
}

/** The form most papers write a term in, the first in text order on a tie (`vectorize`'s label). */
function bestForm(votes: ReadonlyMap<number, number>, forms: readonly string[]): string {
	let best = '';
	let bestCount = -1;
	for (const [id, count] of votes) {
		const form = forms[id]!;
		if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
	}
	return best;
}

/** Each term number's position in `order`. */
function positionsOf(order: Int32Array, termCount: number): Int32Array {
	const position = new Int32Array(termCount).fill(-1);
	order.forEach((term, at) => (position[term] = at));
	return position;
}

/**
 * A part's L2-normalised vector, weighed as `vectorize` weighs (`normalisedWeights`). `scratch` holds a
 * count and a boost per position (boosts 1), as `vectorize`'s do, left as found.
 */
function weigh(part: Part, position: Int32Array, idfAt: Float64Array, scratch: { countOf: Float64Array; boostOf: Float64Array }): SparseVector {
	const { countOf, boostOf } = scratch;
	for (let j = 0; j < part.terms.length; j++) countOf[position[part.terms[j]!]!] = part.counts[j]!;
	for (const [term, boost] of part.boosts) boostOf[position[term]!] = boost;
	const terms = Int32Array.from(part.terms, (term) => position[term]!).sort();
	const weights = normalisedWeights(terms, countOf, idfAt, boostOf);
	for (const term of part.boosts.keys()) boostOf[position[term]!] = 1;
	return { terms, weights };
}

/** `weigh`'s scratch for a vocabulary of `size` terms. */
const scratchOf = (size: number) => ({ countOf: new Float64Array(size), boostOf: new Float64Array(size).fill(1) });
