/**
 * An author field that separates names with commas ("Ann Lee, Bo Chen, and Cy Diaz") instead of
 * BibTeX's "and". Hand-written and copied entries often do; BibTeX reads the commas as the parts of
 * one name ("von Last, Jr, First"), and @retorquere/bibtex-parser, finding more than three parts,
 * reports an error, keeps the entry and makes one person of three names, dropping the rest.
 * The names are all there in the order written, so they are read as the list the writer meant.
 */
import type { Creator } from '@retorquere/bibtex-parser';

/** The library's message for a name with more than three comma parts: `@key: unexpected 5-part name "…", dropping "…"`. */
const COMMA_PARTS_ERROR = /^@(.+?): unexpected \d+-part name "([^"]*)"/s;

/** A comma-written author list of one entry, as the library's error quotes it. */
export interface CommaListedAuthors {
	/** The entry's key. */
	key: string;
	/** The names in the order written, each still in the field's LaTeX. */
	names: string[];
}

/**
 * The comma-written names among the library's errors, or undefined for any other error (a broken
 * entry, which is skipped). Only these errors leave their entry whole.
 *
 * @example commaListedAuthors('@k: unexpected 4-part name "A B, C D, E F, ", dropping "E F, "') // { key: 'k', names: ['A B', 'C D', 'E F'] }
 */
export function commaListedAuthors(error: string): CommaListedAuthors | undefined {
	const match = COMMA_PARTS_ERROR.exec(error);
	if (!match) return undefined;
	const names = match[2]!.split(',').map((name) => name.trim()).filter(Boolean);
	return { key: match[1]!, names };
}

/**
 * The creators with each person the library made of a comma-written list replaced by the list's
 * names: that person's last name is the list's first name and its junior part the second, as
 * BibTeX reads "Last, Jr, First". `decode` turns a list's names into creators the library's way
 * (LaTeX accents and braces decoded), so the comparison and the names are in the same form.
 */
export function expandCommaListedNames(creators: readonly Creator[], lists: readonly string[][], decode: (names: string[]) => Creator[]): Creator[] {
	const expanded = lists.map((names) => ({ names: decode(names), used: false }));
	const fullName = (creator: Creator | undefined) => (creator ? [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' ') : '');
	return creators.flatMap((creator) => {
		const list = expanded.find(
			(candidate) => !candidate.used && creator.suffix !== undefined && creator.lastName === fullName(candidate.names[0]) && creator.suffix === fullName(candidate.names[1]),
		);
		if (!list) return [creator];
		list.used = true;
		return list.names;
	});
}
