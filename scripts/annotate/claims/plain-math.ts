import { allMatches } from '../all-matches.ts';
/**
 * A sentence's inline LaTeX read as the plain text a reader sees, so that the number patterns of
 * `claim-values.ts` read the physical sciences' numbers as they read any other: "1.66 $\times$
 * 10$^{-15}$" as "1.66 × 10^{-15}", "$0.69$ to $0.08$" as "0.69 to 0.08", "$4$~eV" as "4 eV",
 * "2.5$σ$" as "2.5σ", "80$\%$" as "80%", "2.3 $\pm$ 0.7" as "2.3 ± 0.7".
 *
 * arXiv listings keep their authors' LaTeX in the abstract, and paperfold shows the abstract as it
 * stands; so each plain character keeps the stretch of source it was read from, and a value found in
 * the plain text is given back as the source's own characters (every claim stays a verbatim span).
 */

/** The plain reading of a text: per plain character, where its source starts and ends. */
export interface PlainMath {
	text: string;
	from: number[];
	to: number[];
}

// What a reader sees for each piece of markup: explicit spacing commands show a space or nothing, a sign
// command shows its sign, a tie between a number and its unit shows a space. A tilde elsewhere is the
// "about" sign many authors type ("~ 80$\%$"), and is left as it is.
const MARKUP = /\\(?:times|pm|%|sigma|,|;|!|\s)(?![A-Za-z])|(?<=[\d$}])~(?=[A-Za-z\d])/g;
const SHOWN: Record<string, string> = { '\\times': '×', '\\pm': '±', '\\%': '%', '\\sigma': 'σ', '\\,': ' ', '\\;': ' ', '\\!': '', '~': ' ' };
// Inside a pair of dollars, math: a number, a symbol of up to three characters, or a formula holding a command, a
// power, an index or a sign ("$0.69$", "$σ$", "10$^{-15}$", "$\\times$", "$σ_{b_φ}$"), and never starting or ending with a space. Anything
// else between two dollars is money ("from $20 to $30"): those dollars are left as they stand.
const MATH = /^(?!\s)(?:[+\-−]?\d+(?:[.,]\d+)*|[^\s$\d]{1,3}|[^$]*[\\^_{=][^$]*)(?<!\s)$/;

/** Whether a text holds any markup `plainMath` reads (most sentences hold none). */
export const hasMath = (text: string): boolean => text.includes('$') || text.includes('\\') || text.includes('~');

/** The offsets of the dollars that open or close math in `text`. */
function mathDelimiters(text: string): Set<number> {
	const delimiters = new Set<number>();
	for (let open = text.indexOf('$'); open !== -1; ) {
		const close = text.indexOf('$', open + 1);
		if (close === -1) break;
		if (close > open + 1 && MATH.test(text.slice(open + 1, close))) {
			delimiters.add(open).add(close);
			open = text.indexOf('$', close + 1);
		} else open = close;
	}
	return delimiters;
}

/**
 * The plain reading of `text`.
 *
 * @example plainMath('of $4$~eV').text // → 'of 4 eV'
 */
export function plainMath(text: string): PlainMath {
	const plain: string[] = [];
	const from: number[] = [];
	const to: number[] = [];
	const delimiters = text.includes('$') ? mathDelimiters(text) : new Set<number>();
	const markup = new Map<number, string>();
	if (text.includes('\\') || text.includes('~')) for (const m of allMatches(text, MARKUP)) markup.set(m.index, m[0]);
	for (let at = 0; at < text.length; ) {
		if (delimiters.has(at)) {
			at += 1;
			continue;
		}
		const command = markup.get(at);
		if (command === undefined) {
			plain.push(text[at]!);
			from.push(at);
			to.push(at + 1);
			at += 1;
			continue;
		}
		for (const c of SHOWN[command] ?? ' ') {
			plain.push(c);
			from.push(at);
			to.push(at + command.length);
		}
		at += command.length;
	}
	return { text: plain.join(''), from, to };
}

/**
 * The source stretch of the plain stretch [start, end), widened over a math delimiter right at either
 * end when the stretch holds markup, so that no math is left open ("0.69$ to $0.08" → "$0.69$ to $0.08$").
 */
export function sourceSpan(math: PlainMath, source: string, start: number, end: number): { start: number; end: number } {
	let from = math.from[start]!;
	let to = math.to[end - 1]!;
	if (source.slice(from, to).includes('$')) {
		if (source[from - 1] === '$') from -= 1;
		if (source[to] === '$') to += 1;
	}
	return { start: from, end: to };
}
