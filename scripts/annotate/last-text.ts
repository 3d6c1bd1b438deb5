/**
 * A pure function of one text, remembered for the last text it was given. The entity rules and
 * name filters ask about the same abstract once per candidate name (a dozen or more a paper), and
 * scanning the whole abstract again for each cost more than the names' own tests. One entry is
 * enough: a paper's rules run one after another on one abstract, and a memory of one text per
 * function never grows.
 */

/**
 * `of`, remembering its result for the last text: the same text (equal strings) gets the same
 * value back, so `of` must be pure and its result never changed by the callers.
 *
 * @example const words = forLastText((text) => text.split(' ')); words('a b') === words('a b') // true
 */
export function forLastText<T>(of: (text: string) => T): (text: string) => T {
	let last: string | undefined;
	let value: T;
	return (text) => {
		if (text !== last) {
			value = of(text);
			last = text;
		}
		return value;
	};
}

let lastTitle: string | undefined;
let lastAbstract: string | undefined;
let lastTitled = '';

/**
 * A paper's title and abstract as one text (`title + '\n' + abstract`), the same string while the
 * same paper is asked of. The name filters read it once per candidate name each: a new string
 * per call was copied whole at its first search and compared whole by every `forLastText` memory
 * it reached, where the same string is recognised at once.
 *
 * @example titledText('X', 'We use X.') // 'X\nWe use X.'
 */
export function titledText(title: string, abstract: string): string {
	if (title !== lastTitle || abstract !== lastAbstract) {
		lastTitle = title;
		lastAbstract = abstract;
		lastTitled = `${title}\n${abstract}`;
	}
	return lastTitled;
}
