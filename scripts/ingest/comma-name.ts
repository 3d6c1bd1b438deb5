/**
 * A person's name as the tagged export formats write it, "Family, Given" (RIS `AU`, MEDLINE `FAU`,
 * Web of Science `AF`), read into a CSL name so the CSL-JSON reader names them all alike.
 */

/**
 * "Family, Given" as a CSL name; a name without a comma (a consortium, initials after a
 * family name) is kept whole as a literal. Given names that are bare initials, as Web of Science
 * writes them where it has no full name ("Guzman-Gallegos, MA"), get their points ("M. A."), so a
 * page and a citation do not read "MA Guzman-Gallegos"; a family name in capitals says the whole
 * name is, and its given name is left alone ("SMITH, ANN").
 *
 * @example commaName('Okafor, Ada N.') // { family: 'Okafor', given: 'Ada N.' }
 * @example commaName('Guzman-Gallegos, MA') // { family: 'Guzman-Gallegos', given: 'M. A.' }
 * @example commaName('Rao K') // { literal: 'Rao K' }
 */
export function commaName(value: string): { family: string; given: string } | { literal: string } {
	const name = value.trim();
	const comma = name.indexOf(',');
	if (comma === -1) return { literal: name };
	const family = name.slice(0, comma).trim();
	const given = name.slice(comma + 1).trim();
	return { family, given: givenWithPoints(family, given) };
}

/**
 * A given name of bare initials ("MA" or "J J C", written so where a record has no full name) with their
 * points ("M. A."), when the family name is not in capitals too ("SMITH, ANN" is a name in capitals).
 *
 * @example givenWithPoints('Forattini', 'OP') // 'O. P.'
 */
export function givenWithPoints(family: string, given: string): string {
	return /^\p{Lu}(?: ?\p{Lu}){0,2}$/u.test(given) && /\p{Ll}/u.test(family) ? [...given.replaceAll(' ', '')].map((initial) => `${initial}.`).join(' ') : given;
}
