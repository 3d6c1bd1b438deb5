/**
 * LaTeX accent commands in text that arXiv and Hugging Face pass on as the authors typed them
 * ("R\'enyi", "Schr\"{o}dinger", "{\c{c}}a"), spelled as the accented letters they stand for:
 * a reader sees "Rényi", a search for "Rényi" finds it, and no word rule splits a name at the
 * backslash. Maths commands (`\hat{x}`, `\tilde{n}`) are not accents in this sense and stay.
 */

/** The combining mark of each accent command. */
const MARKS: Record<string, string> = {
	"'": '\u0301',
	'`': '\u0300',
	'^': '\u0302',
	'"': '\u0308',
	'~': '\u0303',
	'=': '\u0304',
	'.': '\u0307',
	u: '\u0306',
	v: '\u030C',
	H: '\u030B',
	c: '\u0327',
	k: '\u0328',
	r: '\u030A',
};

// `\'e`, `\'{e}`, `\' e`, `\'\i` (a dotless i, with the space that ends its name), each
// possibly in a group of its own: `{\'e}`. Letter-named accents (`\v`, `\c`, …) need a brace
// or space after the command, so `\vec` and `\cdot` stay.
const LETTER = String.raw`(?:\{\s*(\\[ij] ?|[A-Za-z])\s*\}|\s*(\\[ij] ?|[A-Za-z]))`;
const NAMED_LETTER = String.raw`(?:\{\s*(\\[ij] ?|[A-Za-z])\s*\}|\s+(\\[ij] ?|[A-Za-z]))`;
const ACCENT = new RegExp(
	String.raw`\{\\(['\x60^"~=.])${LETTER}\}|\\(['\x60^"~=.])${LETTER}|\{\\([uvHckr])${NAMED_LETTER}\}|\\([uvHckr])${NAMED_LETTER}`,
	'g',
);

/**
 * `text` with its LaTeX accent commands replaced by precomposed letters.
 *
 * @example decodeLatexAccents("R\\'enyi and Schr\\\"{o}dinger") // 'Rényi and Schrödinger'
 */
export function decodeLatexAccents(text: string): string {
	if (!text.includes('\\')) return text;
	return text.replace(ACCENT, (...groups: (string | undefined)[]) => {
		const parts = groups.slice(1, 13);
		const command = parts[0] ?? parts[3] ?? parts[6] ?? parts[9]!;
		const letter = (parts[1] ?? parts[2] ?? parts[4] ?? parts[5] ?? parts[7] ?? parts[8] ?? parts[10] ?? parts[11]!).replace(/[\\ ]/g, '');
		return (letter + MARKS[command]!).normalize('NFC');
	});
}
