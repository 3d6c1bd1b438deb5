/**
 * A person's name split for citation formats that want family and given names apart
 * (CSL-JSON, RIS). Records keep names as written ("Ada M. Lovelace"), so the split is the
 * usual Western one: the last word is the family name, unless the name is already written
 * "Family, Given".
 */

/** A split name; `given` is empty for one-word names. */
export interface PersonName {
	family: string;
	given: string;
}

/**
 * Splits a recorded name.
 *
 * @example splitName('Ada M. Lovelace') // { family: 'Lovelace', given: 'Ada M.' }
 * @example splitName('Lovelace, Ada') // { family: 'Lovelace', given: 'Ada' }
 */
export function splitName(name: string): PersonName {
	const trimmed = name.trim().replace(/\s+/g, ' ');
	const comma = trimmed.indexOf(',');
	if (comma > 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() };
	const space = trimmed.lastIndexOf(' ');
	return space < 0 ? { family: trimmed, given: '' } : { family: trimmed.slice(space + 1), given: trimmed.slice(0, space) };
}
