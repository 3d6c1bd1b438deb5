/**
 * The parts a Zotero export joined to an entry's abstract (`abstract-sections.ts`), read from the
 * entry as written: the BibTeX library reads a field as TeX, where a line break is a space, so the
 * lines that tell the parts apart are gone from the decoded field. The field is taken from the
 * entry's source instead, split at its joints, and each piece decoded by the library on its own.
 */
import type { AbstractSection } from '../../../src/shared/paper-schema.ts';
import { splitAbstractSections } from '../abstract-sections.ts';
import { hasScienceSummary } from '../science-summary.ts';

/** A comma alone on a line, or Science's citation line: the only entries worth a closer look. */
const COMMA_LINE = /\n[ \t]*,[ \t]*\n/;
/** Where a braced `abstract` field's value starts in an entry. */
const ABSTRACT_FIELD = /(?:^|[,\s])abstract\s*=\s*\{/i;

/**
 * The entry's abstract and the parts joined to it, or null when its source has no joint (the
 * decoded field is then the abstract) or its abstract is not a braced value the pieces can be
 * cut from. `decode` reads a piece of TeX as the library reads a field; `clean` is the format's
 * text cleaner.
 */
export function bibtexAbstractSections(
	input: string,
	decode: (tex: string) => string | undefined,
	clean: (text: string | undefined) => string,
): { abstract: string; sections: AbstractSection[] } | null {
	if (!COMMA_LINE.test(input) && !hasScienceSummary(input)) return null;
	const raw = bracedValue(input, ABSTRACT_FIELD);
	if (raw === null) return null;
	const split = splitAbstractSections(raw, (piece) => clean(decode(piece)));
	return split.sections.length > 0 ? split : null;
}

/** The text inside the braces of the field `field` opens, or null when they are not closed. */
function bracedValue(input: string, field: RegExp): string | null {
	const open = field.exec(input);
	if (!open) return null;
	const start = open.index + open[0].length;
	let depth = 1;
	for (let i = start; i < input.length; i++) {
		const char = input[i];
		if (char === '\\') i++;
		else if (char === '{') depth++;
		else if (char === '}' && --depth === 0) return input.slice(start, i);
	}
	return null;
}
