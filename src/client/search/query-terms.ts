/**
 * How the offline search and the typo dictionary read words: lower-cased, accents stripped,
 * split at punctuation. Apart from the offline ranking, so the header box's "Did you mean"
 * does not bring the ranking port and its stemmer along.
 */

/** Lower-cases and strips accents, so "Réptile" finds "reptile". */
export function normalize(text: string): string {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a query, normalised; punctuation separates words. */
export function queryTerms(query: string): string[] {
	return [...new Set(normalize(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}
