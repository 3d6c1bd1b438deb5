/**
 * Name patterns scanned from word starts. Most entity patterns open with a lookbehind that no
 * letter, digit or hyphen stands before the name (`(?<![A-Za-z0-9-])[A-Za-z]…`), and V8 tests that
 * lookbehind at every position of the text; the same pattern opened by `\b` fails at once inside a
 * word, and scans a bench abstract in about two thirds of the time. Where such a lookbehind lets a
 * name start, `\b` holds too, unless an underscore stands before it (a word character the
 * lookbehind lets pass: "_FooNet"), so the pattern opened by `\b` is used only on a text without an
 * underscore, and finds exactly the same matches there.
 */

const NAME_LOOKBEHIND = /^\(\?<!\[A-Za-z0-9-\]\)/;

/**
 * For a global pattern whose first branch opens with `(?<![A-Za-z0-9-])` and then a word
 * character (every match of that branch starts with a letter or digit), the pattern to scan a
 * text with: the one opened by `\b` for a text without "_", the pattern itself otherwise.
 *
 * @example wordStartScan(/(?<![A-Za-z0-9-])[A-Z][a-z]+Net/g)('Beside ResNet') // /\b(?<![A-Za-z0-9-])[A-Z][a-z]+Net/g
 */
export function wordStartScan(pattern: RegExp): (text: string) => RegExp {
	if (!NAME_LOOKBEHIND.test(pattern.source)) throw new Error(`wordStartScan: ${pattern} does not open with (?<![A-Za-z0-9-])`);
	const fast = new RegExp(`\\b${pattern.source}`, pattern.flags);
	return (text) => (text.includes('_') ? pattern : fast);
}
