/**
 * The typo dictionary's script (`search-terms.js`, src/client/search/term-dictionary.ts) made on
 * the search indexing worker while Pagefind writes, instead of by its route on Astro's thread,
 * where at 10,000 papers counting every word of every paper came last on the build's critical
 * path (seconds of a loaded rebuild's profile). The worker has read every loaded record already
 * (src/integrations/search-page-sources.ts) and waits on Pagefind's process meanwhile.
 *
 * The script is a function of the papers' records alone, and a record is named by its loader
 * digest; so the worker offers it with a digest of the paper ids and record digests it was made
 * from, and the route uses it only when that digest is its own collection's, else (no worker,
 * not there yet, other records) counts the words itself as before.
 */
import { createHash } from 'node:crypto';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';

/** A `search-terms.js` text and the papers it was made from. */
export interface TermsAhead {
	/** `papersDigest` of the records counted. */
	papers: string;
	script: string;
}

/** Digest of a collection's paper ids and record digests, in any order. */
export function papersDigest(digests: Iterable<readonly [id: string, digest: string]>): string {
	const sorted = [...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const hash = createHash('sha256');
	for (const [id, digest] of sorted) hash.update(`${id}\u0000${digest}\n`);
	return hash.digest('hex');
}

/** The script of `papers`, whose ids and record digests are `digests`. */
export function makeTermsAhead(papers: Parameters<typeof buildTermDictionary>[0], digests: Iterable<readonly [string, string]>): TermsAhead {
	return { papers: papersDigest(digests), script: renderTermsScript(buildTermDictionary(papers)) };
}

/** Shared by the integration's copy of this module (which receives the worker's script) and the route's. */
const AHEAD = Symbol.for('paperfold.termsAhead');
type Registry = { [AHEAD]?: TermsAhead };

/** Keeps the worker's script for the route. */
export function offerTermsAhead(terms: TermsAhead): void {
	(globalThis as Registry)[AHEAD] = terms;
}

/** The script offered for exactly the papers of `digests` (ids and record digests), if there is one. */
export function takeTermsAhead(digests: Iterable<readonly [string, string]>): string | undefined {
	const terms = (globalThis as Registry)[AHEAD];
	return terms && terms.papers === papersDigest(digests) ? terms.script : undefined;
}
