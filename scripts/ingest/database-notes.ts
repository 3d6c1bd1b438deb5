/**
 * The notes an indexing database appends to the abstracts it serves, which its RIS and CSV
 * exports keep in the abstract field: EBSCO's provenance mark ("… their contemporaries. [ABSTRACT
 * FROM AUTHOR]") and the licence line after it ("Copyright of PLoS ONE is the property of …"), and
 * ERIC's abstractor's initials or source ("… geological records. (MVL)", "(Author/JM)", "(As Provided)"), and Web of
 * Science's publisher lines a conversion of its RIS export ran on into the abstract. They are no part of
 * the abstract: a page would show them, and the annotations read "[ABSTRACT FROM AUTHOR]" as a
 * sentence. Only a note at the abstract's end, after its last sentence, is taken off.
 */

/**
 * `pattern`, run only on a text `mayHold` says could hold a match. These patterns open with a space
 * run that may be empty, so the engine starts each at every character of every abstract of every
 * build; a test for the literal a match needs costs next to nothing.
 */
function gated(mayHold: (text: string) => boolean, pattern: RegExp): { exec(text: string): RegExpExecArray | null } {
	return { exec: (text) => (mayHold(text) ? pattern.exec(text) : null) };
}

/** EBSCO's mark of where the abstract came from, and what may follow it. */
const EBSCO_MARK = gated((text) => text.includes('[ABSTRACT FROM '), /\s*\[ABSTRACT FROM (?:AUTHOR|PUBLISHER)\][^]*$/);
/** EBSCO's licence line alone at the end. */
const EBSCO_LICENCE = gated((text) => text.includes('Copyright of '), /(?<=[.!?)\]"”])\s*Copyright of [^]{1,200}? is the property of [^]*$/);
/** ERIC's abstractor: initials or "Author", in brackets after the last sentence (`trimEnd` takes off what `\s` matches). */
const ERIC_ABSTRACTOR = gated((text) => text.trimEnd().endsWith(')'), /(?<=[.!?"”])\s*\((?:As Provided|Author(?:\/\p{Lu}{2,4})?|\p{Lu}{2,4}(?:\/\p{Lu}{2,4})?)\)\s*$/u);

/**
 * Web of Science's publisher lines (`PU` name, `PI` city, `PA` address), which a converter from its RIS
 * export to BibTeX ran on into the abstract ("… 27.8 FPS. PU  - MDPI PI  - BASEL PA  - ST ALBAN-ANLAGE 66, …").
 */
const WOS_PUBLISHER_TAGS = gated((text) => text.includes('PU '), /(?<=[.!?)\]"”])\s+PU {1,2}- \p{Lu}[^]{0,200}?\sP[IA] {1,2}- [^]*$/u);

/**
 * Where `abstract` ends once a database's note at its end is left out; its length when there is
 * none, or when the note would be all of it.
 *
 * @example endWithoutDatabaseNote('Dinosaurs rose. [ABSTRACT FROM AUTHOR]') // 15
 */
export function endWithoutDatabaseNote(abstract: string): number {
	const note = EBSCO_MARK.exec(abstract) ?? EBSCO_LICENCE.exec(abstract) ?? ERIC_ABSTRACTOR.exec(abstract) ?? WOS_PUBLISHER_TAGS.exec(abstract);
	return note && note.index > 0 ? note.index : abstract.length;
}
