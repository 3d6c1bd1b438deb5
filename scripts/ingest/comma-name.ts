/**
 * A person's name as the tagged export formats write it, "Family, Given" (RIS `AU`, MEDLINE `FAU`,
 * Web of Science `AF`), read into a CSL name so the CSL-JSON reader names them all alike.
 */

/**
 * "Family, Given" as a CSL name; a name without a comma (a consortium, initials after a
 * family name) is kept whole as a literal.
 *
 * @example commaName('Okafor, Ada N.') // { family: 'Okafor', given: 'Ada N.' }
 * @example commaName('Rao K') // { literal: 'Rao K' }
 */
export function commaName(value: string): { family: string; given: string } | { literal: string } {
	const name = value.trim();
	const comma = name.indexOf(',');
	return comma === -1 ? { literal: name } : { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
}
