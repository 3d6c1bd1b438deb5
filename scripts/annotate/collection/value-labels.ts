/**
 * A shared name that both papers write only as the label of a value they report: "sHR 1.76, 95%CI", "sHR =
 * 0.68", "[subdistribution hazard ratio, sHR] 1.59"; "IQR 41–59", "IQR=3-8"; "OR=2.70". Such a name is a
 * statistic the papers report, and two studies that both report hazard ratios or interquartile ranges share a
 * way of reporting, not a subject: on a site of round 41's liver list an alcohol-hepatitis study was related to
 * a terlipressin study by "sHR" and to a pathway study by "IQR". A statistic written out ("hazard ratio",
 * "confidence intervals") is research prose already (`generic-reasons.ts`); its acronym is read here, by what
 * the texts write after it, in any field. A name written once before anything else ("AUROC curves", "MELD
 * score at admission") names a thing and stays.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronym-like names only: one token with a capital (the related search's reasons keep their case). */
const ACRONYM_LIKE = /^(?=[^\s]*\p{Lu})[\p{L}\p{N}-]{1,8}$/u;

/** A number, or a sign or point before one: not "-negative" of "HIV-negative". */
const VALUE_START = /^(?:\p{N}|[+\-−–.]\p{N})/u;

/** Patterns per name: the same few acronyms recur across a collection's reasons. */
const patterns = new Map<string, RegExp>();

/** The name as a whole word, then what follows it up to the next word or number (closing brackets, "=", ":", ",", "of"), and that word's first two characters. */
function patternOf(name: string): RegExp {
	let pattern = patterns.get(name);
	if (!pattern) {
		pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(name.toLowerCase())}(?![\p{L}\p{N}])[\s\])=:≥≤<>,]*(?:of\s+)?(\S?\S?)`, 'gu');
		if (patterns.size < 10_000) patterns.set(name, pattern);
	}
	return pattern;
}

/**
 * Whether `name`, acronym-like, is written in every one of `texts` (lower-case, as the related search reads
 * them), and every time followed by a number: the label of a reported value.
 *
 * @example labelsOnlyValues('sHR', ['mortality (shr 1.76, 95%ci: 1.1-2.8)', 'meld (shr = 0.68; p = 0.01)']) // true
 * @example labelsOnlyValues('AUROC', ['an auroc of 0.736', 'auroc curves were drawn']) // false
 * @example labelsOnlyValues('MELD', ['meld 30 or more', 'the meld score at admission']) // false
 */
export function labelsOnlyValues(name: string, texts: readonly string[]): boolean {
	if (!ACRONYM_LIKE.test(name)) return false;
	const pattern = patternOf(name);
	for (const text of texts) {
		let seen = false;
		for (const match of text.matchAll(pattern)) {
			seen = true;
			if (!VALUE_START.test(match[1] ?? '')) return false;
		}
		if (!seen) return false;
	}
	return true;
}
