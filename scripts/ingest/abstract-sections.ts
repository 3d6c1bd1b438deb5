/**
 * Zotero keeps every abstract a journal gives an article in its one abstract field, joined by a
 * line that holds only a comma, each after its heading on a line of its own: AGU's journals give
 * the abstract, then "Plain Language Summary" and "Key Points" (three findings, one a line), and
 * a journal may give a second abstract in another language. Read as one text, the parts repeat the
 * abstract's findings in other words, run a list's lines into one sentence without full stops
 * (", Key Points Floods peak earlier Rain shifts north"), and a reader sees the
 * comma lines. So the text before the first such heading is the abstract, which paperfold
 * annotates, and each later part is kept apart with its heading and lines, for the page to show
 * as the journal prints it (a list, or a paragraph).
 *
 * Only that joint splits a text (and the citation line of Science's editor's summary, `science-summary.ts`): a comma alone on its line, then a heading line of at most six
 * words of letters, opening with a capital (so no field of an entry, `title = {…}`, can be one).
 * A comma line elsewhere stays (it is collapsed with the rest of the whitespace). A part's lines
 * are a list (`list`) unless each ends as a sentence does: Key Points are written one finding a
 * line, without full stops.
 */

import type { AbstractSection } from '../../src/shared/paper-schema.ts';
import { splitScienceSummary } from './science-summary.ts';

/** A comma alone on its line, then a heading alone on the next. */
const JOINT = /\n[ \t]*,[ \t]*\n[ \t]*(\p{Lu}[\p{L}\p{M}'’ &-]{0,60}?)[ \t]*(?=\n)/gu;
const MAX_HEADING_WORDS = 6;

/**
 * The abstract (everything before the first joint) and the parts after it, each with its heading.
 * `clean` is the format's text cleaner (whitespace collapsed, markup read), applied to each piece.
 *
 * @example splitAbstractSections('We model floods.\n , \n Key Points\n Floods grow\n Rain moves\n', (t) => t.trim())
 * // { abstract: 'We model floods.', sections: [{ heading: 'Key Points', items: ['Floods grow', 'Rain moves'], list: true }] }
 */
export function splitAbstractSections(text: string, clean: (text: string) => string): { abstract: string; sections: AbstractSection[] } {
	// Science's editor's summary is set apart by a citation line, not by a comma line.
	const science = splitScienceSummary(text, clean);
	if (science) return science;
	const joints = [...text.matchAll(JOINT)].filter((joint) => joint[1]!.trim().split(/\s+/).length <= MAX_HEADING_WORDS);
	const abstract = clean(text.slice(0, joints[0]?.index ?? text.length));
	// With nothing before the first joint there is no abstract to set apart: the text stays whole.
	if (joints.length === 0 || abstract === '') return { abstract: clean(text), sections: [] };
	const sections: AbstractSection[] = [];
	joints.forEach((joint, i) => {
		const body = text.slice(joint.index + joint[0].length, joints[i + 1]?.index ?? text.length);
		const items = body.split('\n').map(clean).filter(Boolean);
		if (items.length > 0) sections.push({ heading: clean(joint[1]!), items, list: items.length > 1 && !items.every((item) => /[.!?]["'’”)]*$/u.test(item)) });
	});
	return { abstract, sections };
}
