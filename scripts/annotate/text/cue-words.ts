/**
 * The literal words a cue pattern cannot match without, read off the pattern's own source, so a
 * cue list edited by hand stays gated without anyone keeping a second list of words beside it.
 *
 * `requiredWords(/\b(?:propos|introduc)(?:e|es|ed)?\b/i)` is `['introduc', 'propos']`: a text that
 * holds neither (in any case) cannot match. The reading is conservative: a part of the pattern it
 * does not understand (a character class of many characters, `.`, `\w`, a backreference, anything
 * outside ASCII) stands for "any text", and a part that may match nothing (`x?`, `x*`, `{0,n}`, a
 * negative lookaround, `\b`, `^`) requires nothing. What is required:
 * - a run of literal characters, its alternatives multiplied out while they stay few
 *   (`(?:is|are) (?:needed|lacking)` → four phrases);
 * - of a sequence, the most telling such run or group (the one whose shortest word is longest);
 * - of an alternation, one word of each branch (none if a branch requires nothing);
 * - of a positive lookaround (`(?=…)`, `(?<=…)`), what its content requires: it is no part of the
 *   match, but the text holds it.
 *
 * Words are lower-cased: the gate looks them up in the lower-cased text, which holds the
 * lower-cased form of anything a case-sensitive or case-insensitive pattern matched — except under
 * the `u` or `v` flag with `i`, where Unicode case folding lets "ſ" match "s" and "K" (Kelvin) match
 * "k"; such patterns get no words (they are always run).
 */

/** What a part of a pattern matches, as far as this reading can tell. */
interface Reading {
	/** Every string the part can match, when they are few and all literal (lower-cased); null otherwise. */
	exact: Set<string> | null;
	/** Words one of which every match of the part holds; null when none is known. */
	required: Set<string> | null;
}

/** Above this many strings a part's exact strings are given up (the product of a sequence grows fast). */
const MAX_EXACT = 48;
/** A character class of at most this many characters (after lower-casing) is read as its characters. */
const MAX_CLASS = 3;

const ANY: Reading = { exact: null, required: null };
const EMPTY: Reading = { exact: new Set(['']), required: null };

/**
 * The words one of which every text `pattern` matches holds (lower-cased, none containing another),
 * or null when the pattern requires no word this reading can see.
 *
 * @example requiredWords(/\bhowever\b/i) // ['however']
 * @example requiredWords(/\b(?:despite|although|yet)\b/i) // ['although', 'despite', 'yet']
 */
export function requiredWords(pattern: RegExp): string[] | null {
	if (pattern.ignoreCase && (pattern.unicode || pattern.unicodeSets)) return null;
	let reading: Reading;
	try {
		reading = new Parser(pattern.source).pattern();
	} catch {
		return null;
	}
	const words = best([reading.required, wordsOf(reading.exact)]);
	// A word of one character is in nearly every text: the pattern is as well run.
	if (!words || [...words].some((word) => word.length < 2)) return null;
	// A word that holds another is implied by it: keep the shorter.
	const sorted = [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
	return sorted.filter((word, i) => !sorted.slice(0, i).some((shorter) => word.includes(shorter))).sort();
}

/** Exact strings as required words: only when none is empty (an empty match requires nothing). */
function wordsOf(exact: Set<string> | null): Set<string> | null {
	return exact && exact.size > 0 && ![...exact].some((s) => s === '') ? exact : null;
}

/** The most telling of several word sets: the one whose shortest word is longest, then the smallest. */
function best(candidates: readonly (Set<string> | null)[]): Set<string> | null {
	let chosen: Set<string> | null = null;
	const shortest = (set: Set<string>) => Math.min(...[...set].map((w) => w.length));
	for (const set of candidates) {
		if (!set || set.size === 0) continue;
		if (!chosen || shortest(set) > shortest(chosen) || (shortest(set) === shortest(chosen) && set.size < chosen.size)) chosen = set;
	}
	return chosen;
}

/** Escapes whose character is itself: `\.`, `\/`, `\(` … */
const IDENTITY = new Set('^$\\.*+?()[]{}|/-,:;=!<>#&~%@\'"` '.split(''));

/** A recursive reader of a pattern's source (the syntax JavaScript accepts without the `u` flag). */
class Parser {
	private at = 0;
	private readonly source: string;
	constructor(source: string) {
		this.source = source;
	}

	pattern(): Reading {
		const reading = this.alternation();
		if (this.at < this.source.length) throw new Error('unbalanced pattern');
		return reading;
	}

	private alternation(): Reading {
		const branches = [this.sequence()];
		while (this.source[this.at] === '|') {
			this.at++;
			branches.push(this.sequence());
		}
		if (branches.length === 1) return branches[0]!;
		let exact: Set<string> | null = new Set();
		let required: Set<string> | null = new Set();
		for (const branch of branches) {
			if (exact && branch.exact) for (const s of branch.exact) exact.add(s);
			else exact = null;
			const words = best([branch.required, wordsOf(branch.exact)]);
			if (required && words) for (const w of words) required.add(w);
			else required = null;
		}
		return { exact: exact && exact.size <= MAX_EXACT ? exact : null, required };
	}

	private sequence(): Reading {
		const candidates: (Set<string> | null)[] = [];
		let run: Set<string> | null = new Set(['']);
		let whole = true;
		const flush = () => {
			candidates.push(wordsOf(run));
			run = new Set(['']);
		};
		while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
			const item = this.quantified();
			candidates.push(item.required);
			if (item.exact && run) {
				const product = new Set<string>();
				for (const a of run) for (const b of item.exact) product.add(a + b);
				if (product.size <= MAX_EXACT) {
					run = product;
					continue;
				}
			}
			// The run ends here; a part with a few exact strings starts the next one.
			flush();
			whole = false;
			if (item.exact && item.exact.size <= MAX_EXACT) run = new Set(item.exact);
		}
		const exact: Set<string> | null = whole ? run : null;
		flush();
		return { exact, required: best(candidates) };
	}

	private quantified(): Reading {
		const atom = this.atom();
		const quantifier = this.quantifier();
		if (!quantifier) return atom;
		const { min, max } = quantifier;
		if (min === 0) {
			// "x?": nothing or x; anything repeated more is given up.
			return max === 1 && atom.exact ? { exact: new Set(['', ...atom.exact]), required: null } : EMPTY_OR_ANY;
		}
		// At least one x: what x requires, every match still holds.
		return { exact: min === 1 && max === 1 ? atom.exact : null, required: best([atom.required, wordsOf(atom.exact)]) };
	}

	private quantifier(): { min: number; max: number } | null {
		const c = this.source[this.at];
		let q: { min: number; max: number } | null = null;
		if (c === '*') q = { min: 0, max: Infinity };
		else if (c === '+') q = { min: 1, max: Infinity };
		else if (c === '?') q = { min: 0, max: 1 };
		if (q) this.at++;
		else if (c === '{') {
			const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
			if (!m) return null;
			this.at += m[0].length;
			q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
		}
		if (q && this.source[this.at] === '?') this.at++;
		return q;
	}

	private atom(): Reading {
		const c = this.source[this.at++]!;
		if (c === '(') return this.group();
		if (c === '[') return this.characterClass();
		if (c === '\\') return this.escape();
		if (c === '^' || c === '$') return EMPTY;
		if (c === '.') return ANY;
		if (c === ')' || c === '|') throw new Error('unexpected');
		return literal(c);
	}

	private group(): Reading {
		let lookaround: 'positive' | 'negative' | null = null;
		if (this.source.startsWith('?:', this.at)) this.at += 2;
		else if (this.source.startsWith('?=', this.at) || this.source.startsWith('?<=', this.at)) {
			this.at += this.source[this.at + 1] === '<' ? 3 : 2;
			lookaround = 'positive';
		} else if (this.source.startsWith('?!', this.at) || this.source.startsWith('?<!', this.at)) {
			this.at += this.source[this.at + 1] === '<' ? 3 : 2;
			lookaround = 'negative';
		} else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
		else if (this.source[this.at] === '?') throw new Error('group modifiers are not read');
		const inner = this.alternation();
		if (this.source[this.at++] !== ')') throw new Error('unclosed group');
		// What is looked at around a match is no part of it, so it matches the empty string here; but
		// what a positive lookaround requires, the text holds (the gate reads the text, not the match).
		if (lookaround === 'positive') return { exact: new Set(['']), required: best([inner.required, wordsOf(inner.exact)]) };
		return lookaround === 'negative' ? EMPTY : inner;
	}

	private characterClass(): Reading {
		const negated = this.source[this.at] === '^';
		if (negated) this.at++;
		const chars = new Set<string>();
		let known = !negated;
		for (;;) {
			const c = this.source[this.at++];
			if (c === undefined) throw new Error('unclosed class');
			if (c === ']') break;
			if (c === '\\') {
				const e = this.source[this.at++]!;
				if (IDENTITY.has(e)) chars.add(e);
				else known = false;
			} else if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
				// A range: given up (few ranges in a class are small enough to be worth expanding); one
				// that ends in an escape is not read at all, so no later bracket is mistaken for its end.
				if (this.source[this.at + 1] === '\\') throw new Error('range to an escape');
				this.at += 2;
				known = false;
			} else chars.add(c);
		}
		if (!known) return ANY;
		const lower = new Set([...chars].map((ch) => ch.toLowerCase()));
		if (lower.size === 0 || lower.size > MAX_CLASS || [...lower].some((ch) => ch.charCodeAt(0) > 127)) return ANY;
		return { exact: lower, required: lower };
	}

	private escape(): Reading {
		const e = this.source[this.at++];
		if (e === undefined) throw new Error('trailing backslash');
		if (e === 'b' || e === 'B') return EMPTY;
		if (e === 'k' && this.source[this.at] === '<') {
			this.at = this.source.indexOf('>', this.at) + 1;
			return ANY;
		}
		if (e === 'u' || e === 'x' || e === 'c' || e === 'p' || e === 'P') {
			// A code point, a control character or a property: read past it, stand for anything.
			const m = /^(?:\{[^}]*\}|[0-9A-Fa-f]{4}|[0-9A-Fa-f]{2}|[A-Za-z])/.exec(this.source.slice(this.at));
			if (m) this.at += m[0].length;
			return ANY;
		}
		return IDENTITY.has(e) ? literal(e) : ANY;
	}
}

/** A part that may match nothing or anything. */
const EMPTY_OR_ANY: Reading = { exact: null, required: null };

/** One literal character: itself, lower-cased; outside ASCII, anything. */
function literal(c: string): Reading {
	if (c.charCodeAt(0) > 127) return ANY;
	const lower = new Set([c.toLowerCase()]);
	return { exact: lower, required: lower };
}

/**
 * Whether every branch of `pattern` opens with `^` (and it has no `m` flag): V8 then tries it at the
 * text's start only, which costs less than any gate in front of it.
 *
 * @example anchoredAtStart(/^(?:first|second),\s/i) // true
 * @example anchoredAtStart(/^if\b|\bwhen\b/i) // false
 */
export function anchoredAtStart(pattern: RegExp): boolean {
	if (pattern.multiline) return false;
	const source = pattern.source;
	let depth = 0;
	let inClass = false;
	let branchStart = true;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (branchStart && depth === 0 && c !== '^') return false;
		branchStart = false;
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) branchStart = true;
	}
	return !branchStart;
}
