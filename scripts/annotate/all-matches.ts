/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. `matchAll` first
 * copies its pattern (the copy keeps the original's `lastIndex` untouched), and V8 builds that copy
 * through its runtime, reading the pattern's whole source again on every call: for the rules'
 * long patterns (alternations of hundreds of words), run once per sentence or abstract, the copy
 * cost far more than the matching. This runs `exec` on the pattern itself and puts its
 * `lastIndex` back, so callers see no difference.
 */

/**
 * The matches of `pattern` (which must have the `g` flag) in `text`, from `pattern.lastIndex` on,
 * in order; `pattern.lastIndex` is as it was after the call. An empty match moves on by one code
 * point under the `u` or `v` flag, else by one code unit, as `matchAll` does.
 *
 * @example allMatches('a1 b22', /\d+/g).map((m) => m[0]) // → ['1', '22']
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
	if (!pattern.global) throw new TypeError(`allMatches: ${pattern} lacks the g flag`);
	const from = pattern.lastIndex;
	const unicode = pattern.unicode || pattern.unicodeSets;
	const found: RegExpExecArray[] = [];
	try {
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			found.push(m);
			if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
		}
	} finally {
		pattern.lastIndex = from;
	}
	return found;
}

/** The index after the one at `at`: past a whole surrogate pair under `unicode` (the spec's AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= text.length) return at + 1;
	const code = text.charCodeAt(at);
	if (code < 0xd800 || code > 0xdbff) return at + 1;
	const next = text.charCodeAt(at + 1);
	return next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
