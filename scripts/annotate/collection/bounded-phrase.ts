/**
 * Mentions of a phrase between word edges, as a pattern `(?<![\p{L}\p{N}])PHRASE(?![\p{L}\p{N}])…`
 * with the `iu` flags finds them, without compiling that pattern for each phrase. The topic naming
 * asks such questions of about a thousand phrases at 3,000 papers, three patterns each, and V8
 * compiled each pattern's Unicode letter classes anew (about 1 ms a pattern, far more than running
 * it over the few texts it reads). Here only the phrase is compiled per call (a few hundredths of a
 * millisecond); the edges are read by patterns compiled once, with the same flags, at the place the
 * phrase's own pattern matched: the same classes, so the same answers.
 */

/** What the edge patterns report of one mention. */
export interface BoundedMatch {
	index: number;
	/** The mention and what `after` took after it. */
	text: string;
	/** `after`'s first group, if it took one. */
	group: string | undefined;
}

/**
 * The phrase's words as a pattern source, joined by `joiner` (a pattern of one or more characters no word starts with),
 * or undefined for a phrase whose match could end in more than one place: one with space at an edge, a word opening
 * with a hyphen, or any surrogate (where a `u` pattern reads code points).
 */
function phraseSource(phrase: string, joiner: string): string | undefined {
	if (phrase === '' || phrase !== phrase.trim() || /[\ud800-\udfff]/.test(phrase) || /(?:^|\s)-/.test(phrase)) return undefined;
	return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, joiner);
}

/**
 * Every match, in order, of the `iu` pattern `before` + the phrase (its words joined by `joiner`) + `after`, where
 * `before` is a sticky lookbehind and `after` a sticky pattern (both `iuy`, compiled once by the caller), as a global
 * pattern of the three would give them; `first` stops at the first. Undefined for a phrase `phraseSource` refuses:
 * the caller then compiles its pattern whole.
 */
export function boundedMatches(
	text: string,
	phrase: string,
	joiner: string,
	before: RegExp,
	after: RegExp,
	first = false,
): BoundedMatch[] | undefined {
	const source = phraseSource(phrase, joiner);
	if (source === undefined) return undefined;
	const body = new RegExp(source, 'giu');
	const found: BoundedMatch[] = [];
	for (let m = body.exec(text); m !== null; m = body.exec(text)) {
		const at = m.index;
		const end = at + m[0].length;
		before.lastIndex = at;
		after.lastIndex = end;
		const tail = before.test(text) ? after.exec(text) : null;
		if (tail === null) {
			// No match starts here: the whole pattern tries the next code point.
			body.lastIndex = at + (/[\ud800-\udbff]/.test(text[at]!) && /[\udc00-\udfff]/.test(text[at + 1] ?? '') ? 2 : 1);
			continue;
		}
		found.push({ index: at, text: m[0] + tail[0], group: tail[1] });
		if (first) break;
		body.lastIndex = end + tail[0].length;
	}
	return found;
}
