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
