/**
 * A character reference an export printed instead of its character is no name: Web of Science
 * writes "©" and "±" it could not print as "& COPY;" and "& PLUSMN;" (an ampersand, capitals, a
 * semicolon), and the capitals read as an acronym to the pattern rules ("& COPY; 2023 The
 * Author(s)."). A word written so every time the text writes it is the reference's name.
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** The ampersand before the name, with the space the export leaves or none. */
const AMPERSAND_BEFORE = /&\s?$/;

/**
 * Whether `text` writes `name`, a run of capitals, and only between "&" and ";".
 *
 * @example onlyCharacterReference('COPY', 'For sUAS.& COPY; 2023 The Author(s).') // true
 * @example onlyCharacterReference('COPY', 'COPY numbers & COPY; 2023') // false
 */
export function onlyCharacterReference(name: string, text: string): boolean {
	if (!/^[A-Z]{2,}$/.test(name) || !text.includes('&')) return false;
	const uses = boundedStarts(name, text);
	return uses.length > 0 && uses.every((at) => AMPERSAND_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && text[at + name.length] === ';');
}

/** Drops a character reference's name. */
export const characterReferences: NameFilter = {
	name: 'character references',
	rejects: ({ name }, { abstract }) => onlyCharacterReference(name, abstract),
};
