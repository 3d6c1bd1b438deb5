/**
 * Zotero saves a Science article's abstract field as the journal's page
 * gives it: the editor's summary first, a headline on its own line and a paragraph, then the
 * line that cites it ("Science, this issue p. 288; see also p. 232"), then the authors'
 * abstract, and last the editor's one-sentence summary, written twice ("… lattice. [Also see
 * Perspective by Lamacraft]"). Read as one text, the headline runs into the summary's first
 * sentence without a stop, the citation line into the abstract's, and the one-sentence summary
 * stands twice, the second copy holding the first, so neither is one sentence of its own. As
 * with a journal's other parts (`abstract-sections.ts`), the authors' abstract is the abstract,
 * which paperfold annotates, and the editor's summary is kept apart under its headline: its
 * paragraph, the citation line and the one-sentence summary (once), for the page to show.
 *
 * Only that citation line sets the parts apart, so no other abstract is touched; the editor's
 * part must be a headline of a few words and at least one paragraph before it.
 */

import type { AbstractSection } from '../../src/shared/paper-schema.ts';

/**
 * The line citing the editor's summary: "Science, this issue", a page (or an online article's
 * number) and any pages it refers to ("Science, this issue p. 288; see also p. 232").
 */
const CITATION_LINE = /^[ \t]*Science, this issue (?:p\. ?)?\w+(?:; see also (?:p\. ?)?\w+)*[ \t]*$/m;
/** The headline above the editor's summary: a few words, no full stop. */
const MAX_HEADLINE_WORDS = 10;

/** Whether `text` holds the line that cites a Science editor's summary. */
export function hasScienceSummary(text: string): boolean {
	return CITATION_LINE.test(text);
}

/**
 * The authors' abstract and the editor's summary under its headline, or null when `text` is not
 * laid out so. `clean` is the format's text cleaner, applied to each line.
 *
 * @example splitScienceSummary('Cold atoms\nAtoms were cooled.\nScience, this issue p. 9\nWe cool atoms.\nAtoms cooled.\nAtoms cooled.', (t) => t.trim())
 * // { abstract: 'We cool atoms.', sections: [{ heading: 'Cold atoms', items: ['Atoms were cooled.', 'Science, this issue p. 9', 'Atoms cooled.'], list: false }] }
 */
export function splitScienceSummary(text: string, clean: (text: string) => string): { abstract: string; sections: AbstractSection[] } | null {
	const citation = CITATION_LINE.exec(text);
	if (!citation) return null;
	const lines = (part: string) => part.split('\n').map(clean).filter(Boolean);
	const [headline, ...summary] = lines(text.slice(0, citation.index));
	if (!headline || summary.length === 0 || headline.split(/\s+/).length > MAX_HEADLINE_WORDS || /[.!?]$/.test(headline)) return null;
	const after = lines(text.slice(citation.index + citation[0].length));
	// The one-sentence summary is known only by being written twice; once, it cannot be told from
	// the abstract's last sentence, which it then stays as.
	const doubled = after.length >= 2 && after.at(-1) === after.at(-2);
	const abstract = doubled ? after.slice(0, -2) : after;
	const oneLine = doubled ? [after.at(-1)!] : [];
	// An export that kept no abstract of the authors' leaves the one-sentence summary as the abstract.
	if (abstract.length === 0) return oneLine.length > 0 ? { abstract: oneLine[0]!, sections: [{ heading: headline, items: [...summary, clean(citation[0])], list: false }] } : null;
	return { abstract: abstract.join(' '), sections: [{ heading: headline, items: [...summary, clean(citation[0]), ...oneLine], list: false }] };
}
