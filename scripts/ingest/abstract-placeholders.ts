/**
 * What some exports write where a record has no abstract: "N/a.", "No abstract available",
 * "[Abstract not available]", a dash. Taken for an abstract it became the paper's TL;DR; it is
 * read as none, so the paper is listed by its details, as one without an abstract is.
 */

const PLACEHOLDER = /^[[(]?\s*(?:n\/?a|none|null|nil|-+|\.+|(?:no\s+)?abstract(?:\s+is)?\s+(?:not\s+)?available|no\s+abstract(?:\s+provided)?|not\s+available)\s*\.?\s*[\])]?\.?$/i;

/**
 * Whether an abstract field holds only a placeholder for a missing abstract.
 *
 * @example isPlaceholderAbstract('N/a.') // true
 * @example isPlaceholderAbstract('[No abstract available]') // true
 * @example isPlaceholderAbstract('Not available in stores, the drug was …') // false
 */
export function isPlaceholderAbstract(abstract: string): boolean {
	return abstract.length <= 40 && PLACEHOLDER.test(abstract.trim());
}
