/**
 * What lets the related-paper search (`related.ts`) take a paper's list from the last search:
 * which papers a change can reach. A paper's list reads its own vector, the postings of its
 * heaviest terms (to shortlist candidates by their index score), the vectors and text of the
 * shortlisted papers, and the labels of the terms they share. So, with vectors that stay the same
 * when another paper changes (bucketed idf, stable term ids), a paper is searched again only
 * when its own signature changed, or when a paper whose postings changed — a changed paper, or
 * one that entered or left a capped posting — was on its shortlist or now scores enough to get
 * on it. Everything else is exactly what a search from scratch gives.
 */
import { hash } from 'node:crypto';
import type { Related } from '../../../src/shared/paper-schema.ts';
import { heaviestAmong, postingOf, type FlatPostings } from './inverted-index.ts';
import { fnv1a, type SparseVector, type VectorSpace } from './vector-space.ts';

/** One paper's result of the search, with what tells whether it still holds. */
export interface KeptRelated {
	/** Digest of all of this paper the search reads (`paperSignatures`). */
	sig: string;
	related: Related[];
	/** The candidates scored exactly, by paper index. */
	shortlist: number[];
	/** The index score a paper had to reach to be shortlisted; 0 where the shortlist was not full. */
	floor: number;
}

/** A whole search, as the next one may reuse it. */
export interface KeptSearch {
	/** Per paper, in input order (undefined where none was kept). */
	papers: readonly (KeptRelated | undefined)[];
	/** Per term whose posting was capped, the papers kept in it, by index. */
	capped: Readonly<Record<string, readonly number[]>> | undefined;
}

/** A search that reuses past this share of changed papers searches them all: the checks would cost more. */
const MOST_CHANGED = 0.25;

/**
 * Per paper, a digest of everything of it the search reads: the collection's papers in order
 * (a paper's index breaks ties), its slug, title and abstract, the phrases its page shows (which
 * name its neighbours' reasons too), and its vector (`vectorDigests`).
 * `given` may hold, by paper, digests of its title and abstract (`textKeys`, the same each build)
 * and the vectors' digests (`vectors`), which are then not made here.
 */
export function paperSignatures(
	papers: readonly { id: string; title: string; abstract: string; shown?: readonly string[] }[],
	space: VectorSpace,
	given: { textKeys?: readonly string[]; vectors?: readonly string[] } = {},
): string[] {
	const collection = hash('sha1', `${papers.length}\n${papers.map((paper) => paper.id).join('\n')}`);
	const vectors = given.vectors ?? vectorDigests(space);
	return papers.map((paper, i) => {
		// A text key holds no NUL, so no title and abstract read as one.
		const text = given.textKeys ? `\u0001${given.textKeys[i]!}` : `${paper.title}\u0000${paper.abstract}`;
		const shown = paper.shown?.join('\u0000') ?? '';
		return `${hash('sha1', `${collection}\u0000${i}\u0000${paper.id}\u0000${text}\u0002${shown}`)}${vectors[i]!}`;
	});
}

/**
 * Per paper, a digest of its vector as the search reads it: per term, the term (two hashes), its
 * label and its weight, in term order. `known` digests (by paper, '' or undefined where not known)
 * are taken as they are.
 */
export function vectorDigests(space: VectorSpace, known: readonly (string | undefined)[] = []): string[] {
	let hashes: { term: Uint32Array; term2: Uint32Array; label: Uint32Array } | undefined;
	return space.vectors.map((vector, i) =>
		known[i] ||
		digestOf(
			vector,
			(hashes ??= {
				term: Uint32Array.from(space.vocabulary, (term) => fnv1a(term)),
				term2: Uint32Array.from(space.vocabulary, (term) => fnv1a(term, 0x9747b28c)),
				label: Uint32Array.from(space.labels, (label) => fnv1a(label)),
			}),
		),
	);
}

/** A vector's digest (`vectorDigests`), with the hashes of every term id. */
function digestOf(vector: SparseVector, hashes: { term: Uint32Array; term2: Uint32Array; label: Uint32Array }): string {
	const words = new Uint32Array(vector.terms.length * 4);
	const bits = new Uint32Array(vector.weights.buffer, vector.weights.byteOffset, vector.weights.length);
	for (let t = 0, at = 0; t < vector.terms.length; t++) {
		const term = vector.terms[t]!;
		words[at++] = hashes.term[term]!;
		words[at++] = hashes.term2[term]!;
		words[at++] = hashes.label[term]!;
		words[at++] = bits[t]!;
	}
	return hash('sha1', words);
}

/** Per term whose posting is capped (more holders than `cap`), the papers kept in it. */
export function cappedPostings(space: VectorSpace, postings: FlatPostings, cap: number): Record<string, number[]> {
	const capped: Record<string, number[]> = {};
	space.df.forEach((df, term) => {
		if (df > cap) capped[space.vocabulary[term]!] = Array.from(postingOf(postings, term).docs);
	});
	return capped;
}

/**
 * Per paper, whether it must be searched again (true) or its kept result holds: see the module
 * comment. Everything is searched when nothing was kept or the collection is another.
 */
export function papersToSearch(
	space: VectorSpace,
	postings: FlatPostings,
	options: { sigs: readonly string[]; kept: KeptSearch | undefined; capped: Readonly<Record<string, readonly number[]>>; queryTerms: number; postingCap: number },
): boolean[] {
	const { sigs, kept, queryTerms } = options;
	const n = sigs.length;
	const changed = sigs.map((sig, i) => kept?.papers[i]?.sig !== sig);
	const changedCount = changed.filter(Boolean).length;
	// Fewer changed papers than half a posting's cap also means a capped posting, before or now,
	// held every unchanged paper that has its term whenever it held less than the cap.
	if (!kept?.capped || kept.papers.length !== n || changedCount > Math.min(n * MOST_CHANGED, options.postingCap / 2)) return changed.map(() => true);
	if (changedCount === 0) return changed;

	// Papers whose postings changed: the changed ones, and unchanged ones that entered or left a capped posting.
	const suspect = Uint8Array.from(changed, Number);
	for (const doc of postingMoves(space, postings, changed, kept.capped, options.capped)) suspect[doc] = 1;
	// Per term, the suspects in its posting and their weight there.
	const hits = new Map<number, { docs: number[]; weights: number[] }>();
	const hit = (term: number, doc: number, weight: number) => {
		let list = hits.get(term);
		if (!list) hits.set(term, (list = { docs: [], weights: [] }));
		list.docs.push(doc);
		list.weights.push(weight);
	};
	// An uncapped posting holds every paper with its term (when more than one has it); a capped one is read through.
	for (let doc = 0; doc < n; doc++) {
		if (!suspect[doc]) continue;
		const { terms, weights } = space.vectors[doc]!;
		for (let t = 0; t < terms.length; t++) if (space.df[terms[t]!]! > 1 && space.df[terms[t]!]! <= options.postingCap) hit(terms[t]!, doc, weights[t]!);
	}
	space.df.forEach((df, term) => {
		if (df <= options.postingCap) return;
		const posting = postingOf(postings, term);
		for (let p = 0; p < posting.docs.length; p++) if (suspect[posting.docs[p]!]) hit(term, posting.docs[p]!, posting.weights[p]!);
	});
	const isHit = new Uint8Array(space.vocabulary.length);
	for (const term of hits.keys()) isHit[term] = 1;

	const again = changed.slice();
	const score = new Float64Array(n);
	for (let self = 0; self < n; self++) {
		if (again[self]) continue;
		const previous = kept.papers[self]!;
		if (previous.shortlist.some((other) => suspect[other])) {
			again[self] = true;
			continue;
		}
		// A suspect's index score for this paper, added up as the search adds it.
		const vector = space.vectors[self]!;
		const touched: number[] = [];
		// Only its query terms a suspect is hit in, in the order the search reads them.
		for (const position of heaviestAmong(vector, queryTerms, (term) => isHit[term] === 1)) {
			const list = hits.get(vector.terms[position]!)!;
			const weight = vector.weights[position]!;
			for (let h = 0; h < list.docs.length; h++) {
				const other = list.docs[h]!;
				if (other === self) continue;
				if (score[other] === 0) touched.push(other);
				score[other] += weight * list.weights[h]!;
			}
		}
		// Reaching the floor (a tie included) could put it on the shortlist.
		again[self] = touched.some((other) => score[other]! >= previous.floor);
		for (const other of touched) score[other] = 0;
	}
	return again;
}

/**
 * Unchanged papers that are in a capped posting now and were not in the last search, or the other
 * way round: a changed paper's weight can push the last of a capped posting out, or let one in.
 */
function postingMoves(
	space: VectorSpace,
	postings: FlatPostings,
	changed: readonly boolean[],
	before: Readonly<Record<string, readonly number[]>>,
	now: Readonly<Record<string, readonly number[]>>,
): Set<number> {
	const moved = new Set<number>();
	const difference = (from: ArrayLike<number> & Iterable<number>, to: ArrayLike<number> & Iterable<number>) => {
		const kept = new Set(to);
		for (const doc of from) if (!kept.has(doc) && !changed[doc]) moved.add(doc);
	};
	// Terms capped before but not now: their posting now holds every paper that has them.
	const wasCapped = new Set(Object.keys(before).filter((term) => !(term in now)));
	// Terms capped now but not before: their posting then held every paper that had them.
	const nowCapped = new Set(Object.keys(now).filter((term) => !(term in before)));
	const holders = new Map<number, number[]>();
	// Most rebuilds cap the same terms: then no term of the vocabulary is looked up.
	if (wasCapped.size > 0 || nowCapped.size > 0) {
		space.vocabulary.forEach((term, id) => {
			if (wasCapped.has(term)) {
				const docs = postingOf(postings, id).docs;
				difference(docs, before[term]!);
				difference(before[term]!, docs);
			}
			if (nowCapped.has(term)) holders.set(id, []);
		});
	}
	if (holders.size > 0) {
		space.vectors.forEach((vector, doc) => {
			for (const term of vector.terms) holders.get(term)?.push(doc);
		});
		for (const [id, docs] of holders) difference(docs, now[space.vocabulary[id]!]!);
	}
	for (const term of Object.keys(before)) {
		if (!(term in now)) continue;
		difference(before[term]!, now[term]!);
		difference(now[term]!, before[term]!);
	}
	return moved;
}
