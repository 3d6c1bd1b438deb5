/**
 * A person's name as the tagged export formats write it, "Family, Given" (RIS `AU`, MEDLINE `FAU`,
 * Web of Science `AF`), read into a CSL name so the CSL-JSON reader names them all alike.
 */

/**
 * "Family, Given" as a CSL name, and "Family Initials" without the comma, as PubMed's `AU` and
 * EPPI-Reviewer's RIS write a name ("Brownstein C D", "Griffin DK"); any other name without a
 * comma (a consortium, a name in reading order) is kept whole as a literal. Given names that are
 * bare initials, as Web of Science writes them where it has no full name ("Guzman-Gallegos, MA"),
 * get their points ("M. A."), so a page and a citation do not read "MA Guzman-Gallegos"; a family
 * name in capitals says the whole name is, and its given name is left alone ("SMITH, ANN").
 *
 * @example commaName('Okafor, Ada N.') // { family: 'Okafor', given: 'Ada N.' }
 * @example commaName('Guzman-Gallegos, MA') // { family: 'Guzman-Gallegos', given: 'M. A.' }
 * @example commaName('Brownstein C D') // { family: 'Brownstein', given: 'C. D.' }
 */
export function commaName(value: string): { family: string; given: string } | { literal: string } {
	const name = value.trim();
	const comma = name.indexOf(',');
	if (comma === -1) {
		const vancouver = INITIALS_AFTER.exec(name);
		if (!vancouver || COLLECTIVE.test(name)) return { literal: name };
		const [, family, initials] = vancouver as unknown as [string, string, string];
		// Initials each with its point ("McNamara M.E.", Embase) stay as written; a list's closing point ("O'Connor RE.") goes.
		return { family, given: POINTED.test(initials) ? initials : givenWithPoints(family, initials.replace(/\.$/, '')) };
	}
	const family = name.slice(0, comma).trim();
	const given = name.slice(comma + 1).trim();
	return { family, given: givenWithPoints(family, given) };
}

/**
 * A family name of up to three words (particles such as "van der" in lower case), then one to three
 * initials: bare ("C D", "DK", "RE." closing a list) or each with its point ("M.E.", "N.-E.").
 */
const INITIALS_AFTER = /^((?:\p{Ll}+\s+){0,2}\p{Lu}[\p{Ll}'’-][\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-][\p{L}'’-]*)?)\s+(\p{Lu}(?:\s?\p{Lu}){0,2}\.?|(?:\p{Lu}\.-?){1,4})$/u;
/** Initials each with its point. */
const POINTED = /^(?:\p{Lu}\.-?)+$/u;
/** A group's name ends the same way ("Study Group A") and is no person's. */
const COLLECTIVE = /\b(?:group|consortium|collaborat\w*|committee|team|network|society|association|investigators|study|trial|working)\b/i;

/**
 * A given name of bare initials ("MA" or "J J C", written so where a record has no full name) with their
 * points ("M. A."), when the family name is not in capitals too ("SMITH, ANN" is a name in capitals).
 *
 * @example givenWithPoints('Forattini', 'OP') // 'O. P.'
 */
export function givenWithPoints(family: string, given: string): string {
	return /^\p{Lu}(?: ?\p{Lu}){0,2}$/u.test(given) && /\p{Ll}/u.test(family) ? [...given.replaceAll(' ', '')].map((initial) => `${initial}.`).join(' ') : given;
}
