/**
 * A table of contents run on into the abstract: "… 1.  Introduction2.  Background3.  Methods
 * 3.1.  The K2 algorithm3.2.  GES and FGES3.3.  NOTEARS4.  Conclusion". Some exports of book chapters
 * and journal articles append the contents to the abstract with their line breaks lost, so each
 * section number is glued to the heading before it. The headings name what the chapter covers,
 * often a list of algorithms, one heading each; but the glued digits join the names ("NOTEARS4")
 * and no sentence frames them.
 *
 * Read only where three section numbers at least are glued so (a sentence never writes a number
 * straight after a word and a full stop after it): a heading of a few words is "(The) X algorithm"
 * (capitalised words or an acronym before a head noun of method), or holds coined names ("GES and
 * FGES"). Subsections of one section list things of one kind: when one of them is an algorithm,
 * its siblings' coined names are algorithms too. A name the rules found with the glued digits
 * still on it ("NOTEARS4") is no name (`gluedSectionNames`), and `gluedSectionNumbers` lets a
 * mention end where such a number begins.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName, NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A section number glued to the word before it, then white space: "Introduction2.  ", "algorithm7.2.  ". */
const GLUED_NUMBER = /(?<=[A-Za-z)])\d{1,2}(?:\.\d{1,2})*\.(?=\s)/g;
/** Any section number of the contents, glued or after a space: where one heading ends and the next begins. */
const SECTION_NUMBER = /(?<![\w.])\d{1,2}(?:\.\d{1,2})*\.(?=\s)|(?<=[A-Za-z)])\d{1,2}(?:\.\d{1,2})*\.(?=\s)/g;
/** Glued numbers that show a run-in table of contents. */
const MIN_GLUED = 3;
/** A heading longer than this is prose, not a heading. */
const MAX_HEADING_WORDS = 8;
/** "(The) Fast Causal Inference algorithm", "The K2 algorithm": capitalised words or an acronym before a head noun. */
const KIND_HEADING = /^(?:The\s+|An?\s+)?((?:[A-Z][\w-]*\s+){1,4})(algorithm|method|procedure|test)$/;

/** Where each glued section number begins, when the abstract runs on into a table of contents; else none. */
export function gluedSectionNumbers(abstract: string): number[] {
	// Most abstracts have no digit before a full stop and a space glued to a word: one cheap test first.
	if (!/[A-Za-z)]\d{1,2}(?:\.\d{1,2})*\.\s/.test(abstract)) return [];
	const starts = allMatches(abstract, GLUED_NUMBER).map((m) => m.index);
	return starts.length >= MIN_GLUED ? starts : [];
}

/** The headings of a run-in contents, each with its section number ("7.3"), in order. */
function headings(abstract: string): { number: string; text: string; start: number }[] {
	const numbers = allMatches(abstract, SECTION_NUMBER);
	return numbers.map((m, i) => {
		const start = m.index + m[0].length;
		const end = numbers[i + 1]?.index ?? abstract.length;
		const raw = abstract.slice(start, end);
		const text = raw.trim();
		return { number: m[0].slice(0, -1), text, start: start + raw.indexOf(text) };
	});
}

/** The parent section of a subsection number ("7" of "7.3"), or undefined for a top-level one. */
const parentOf = (number: string) => (number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : undefined);

/** Algorithms and other named work the headings of a run-in table of contents name, as work the chapter uses. */
export const contentsHeadings: EntityRule = {
	name: 'contents headings',
	priority: 0,
	find({ abstract, isGeneric, isKnown }) {
		if (gluedSectionNumbers(abstract).length === 0) return [];
		const parts = headings(abstract).filter((h) => h.text !== '' && h.text.split(/\s+/).length <= MAX_HEADING_WORDS);
		const kinds = parts.map((h) => KIND_HEADING.exec(h.text));
		// Sections one of whose subsections names an algorithm.
		const algorithmic = new Set(parts.filter((h, i) => kinds[i]?.[2] === 'algorithm').map((h) => parentOf(h.number)).filter((p) => p !== undefined));
		const found: FoundName[] = [];
		parts.forEach((h, i) => {
			const kind = kinds[i];
			if (kind) {
				const name = `${kind[1]!.trim()} ${kind[2]}`;
				if (!isGeneric(name) && !isKnown(name)) found.push({ type: kind[2] === 'algorithm' ? 'algorithm' : 'method', name, role: 'used', forms: [], statedType: true });
				return;
			}
			const parent = parentOf(h.number);
			const type = parent !== undefined && algorithmic.has(parent) ? 'algorithm' : 'method';
			for (const token of h.text.split(/[\s,]+/)) {
				if (isCoinedName(token) && !isGeneric(token) && !isKnown(token)) found.push({ type, name: token, role: 'used', forms: [], statedType: type === 'algorithm' });
			}
		});
		return found;
	},
};

/** Drops a name that carries the digits of a section number glued to it ("NOTEARS4" of "NOTEARS4.  Conclusion"). */
export const gluedSectionNames: NameFilter = {
	name: 'glued section names',
	rejects({ name }, { abstract }) {
		const digits = /\d+$/.exec(name);
		if (!digits) return false;
		const glued = gluedSectionNumbers(abstract);
		if (glued.length === 0) return false;
		const stem = name.length - digits[0].length;
		for (let at = abstract.indexOf(name); at >= 0; at = abstract.indexOf(name, at + 1)) if (glued.includes(at + stem)) return true;
		return false;
	},
};
