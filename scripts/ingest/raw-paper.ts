/**
 * Building RawPaper records and Diagnostics the same way in every parser.
 */
import type { SourceRef } from '../../src/shared/paper-schema.ts';
import { withoutAbstractLabel } from './abstract-label.ts';
import { isPlaceholderAbstract } from './abstract-placeholders.ts';
import { withoutCopyright } from './copyright-lines.ts';
import { endWithoutDatabaseNote } from './database-notes.ts';
import { decodeLatexAccents } from './latex-accents.ts';
import { joinHyphenationMarks } from './hyphenation-marks.ts';
import { joinLineBreakHyphens } from './line-break-hyphens.ts';
import { repairMojibake } from './mojibake.ts';
import { labelStructuredHeadings } from './structured-headings.ts';
import { endWithoutTitleEcho } from './title-echo.ts';
import { cleanTitle } from './title-rules/index.ts';
import type { Diagnostic, RawPaper } from './types.ts';

/**
 * A RawPaper with every optional field empty, overridden by `fields`; an abstract's leading label
 * ("Abstract …") and a publisher's copyright statement (`copyright-lines.ts`) left out, a placeholder
 * for none ("N/a.", `abstract-placeholders.ts`) read as none, the title cleaned (a footnote mark, all capitals: `title-rules/`).
 */
export function createRawPaper(
	fields: Pick<RawPaper, 'title' | 'abstract'> & Partial<RawPaper> & { source: SourceRef },
): RawPaper {
	const { source, ...rest } = fields;
	return {
		abstractSections: [],
		authors: [],
		authorCount: null,
		organization: null,
		published: null,
		comments: null,
		upvotes: null,
		arxivId: null,
		doi: null,
		venue: null,
		links: [],
		huggingFace: null,
		sources: [source],
		...rest,
		...withoutLabelOrLinkShift(rest.abstract, rest.title, rest.links),
		// The abstract is evidence for what a title's capitals and trailing digit are (`title-rules/`).
		title: cleanTitle(rest.title, withoutAbstractLabel(rest.abstract)),
	};
}

/**
 * The abstract without its leading label, a database's note at its end, the title it repeats in
 * brackets at its end (`title-echo.ts`) or a copyright statement, and its links' spans moved back by what came off its start: a parser finds a link's span in the
 * text it read, and a span must still say what the abstract holds.
 */
function withoutLabelOrLinkShift(abstract: string, title: string, links: RawPaper['links'] | undefined): Pick<RawPaper, 'abstract'> & Partial<Pick<RawPaper, 'links'>> {
	if (isPlaceholderAbstract(abstract)) return { abstract: '' };
	const labelled = withoutAbstractLabel(abstract);
	const labelEnd = abstract.length - labelled.length;
	const noted = labelled.slice(0, endWithoutDatabaseNote(labelled)).trimEnd();
	const unnoted = noted.slice(0, endWithoutTitleEcho(noted, title)).trimEnd();
	const kept = withoutCopyright(unnoted);
	const cut = labelEnd + kept.start;
	const text = unnoted.slice(kept.start, kept.end);
	if ((cut === 0 && text.length === abstract.length) || !links) return { abstract: text };
	return {
		abstract: text,
		links: links.flatMap(({ span, ...link }) => {
			if (span && span.start >= cut && span.end <= cut + text.length) return [{ ...link, span: { ...span, start: span.start - cut, end: span.end - cut } }];
			// A link in the copyright statement or a database's note is its licence's ("… under the CC BY license
			// (http://creativecommons.org/…)"), not the paper's; one in the label stays a link of the paper, with no place in the abstract.
			return span && span.start >= labelEnd ? [] : [span ? { ...link, span } : link];
		}),
	};
}

/** A warning: the record was skipped, the rest of the file was read. */
export function warning(file: string, line: number, message: string, column?: number): Diagnostic {
	return column === undefined ? { severity: 'warning', file, line, message } : { severity: 'warning', file, line, column, message };
}

/** An error: the file (or the rest of it) could not be read. */
export function error(file: string, line: number, message: string, column?: number): Diagnostic {
	return column === undefined ? { severity: 'error', file, line, message } : { severity: 'error', file, line, column, message };
}

/**
 * Collapses runs of whitespace (line breaks inside fields) and trims; spells out typographic
 * ligatures ("ﬂuorescence" → "fluorescence"), which text copied from a PDF keeps and which no
 * search for the word, and no word rule, would otherwise match; spells LaTeX accent commands
 * ("R\'enyi") as the letters they stand for (`latex-accents.ts`); joins words a PDF broke at
 * the end of a line ("sep- arately", `line-break-hyphens.ts`) or at a hyphenation point a PDF copy
 * kept inside them ("discontinu¬ation", `hyphenation-marks.ts`); reads UTF-8 an export mis-read as
 * Windows-1252 again ("â€™" → "’", `mojibake.ts`); writes a structured abstract's headings as labels
 * ("Methods\nWe …" → "Methods: We …", `structured-headings.ts`), which needs the line breaks.
 */
export function cleanText(text: string): string {
	return joinLineBreakHyphens(joinHyphenationMarks(decodeLatexAccents(labelStructuredHeadings(repairMojibake(text)).replace(/\s+/g, ' ').replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC')).trim())));
}

/**
 * An arXiv identifier without its version, or null when `value` holds none.
 * Accepts new-style ids (`2305.09655v2`), old-style ids (`cs/0112017`) and abs/pdf URLs of
 * arXiv; another site 's URL holds none, though its path may end as one does
 * (IEEE Xplore's `…/document/1247785/`).
 *
 * @example normaliseArxivId('http://arxiv.org/abs/2310.20587v3') // '2310.20587'
 * @example normaliseArxivId('http://ieeexplore.ieee.org/document/1247785/') // null
 */
export function normaliseArxivId(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	// Only a scheme or "www." tells a host: "math.AG/0601001" is an old-style id.
	const host = /^(?:[a-z][a-z\d+.-]*:\/\/(?:www\.)?|www\.)([^/\s:?#]+)/i.exec(value.trim())?.[1];
	if (host && !/(^|\.)(arxiv\.org|huggingface\.co)$/i.test(host)) return null;
	const match = /(?:^|[/:\s])(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(value.trim());
	return match ? match[1] : null;
}

/**
 * A DOI in its bare form, or null. Its case is kept as the source writes it, since pages and
 * citations show it; DOIs match case-insensitively, so comparisons lower-case it themselves.
 * A template's placeholder (ACM's `10.1145/nnnnnnn.nnnnnnn`, `10.1000/xxxx`) is no DOI: shown as
 * a link it would lead readers to a resolver error, so it counts as absent.
 *
 * @example normaliseDoi('https://doi.org/10.1103/PhysRevE.90.013308') // '10.1103/PhysRevE.90.013308'
 * @example normaliseDoi('10.1145/nnnnnn') // null
 */
export function normaliseDoi(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /(10\.\d{4,9}\/(\S+))$/.exec(value.trim());
	if (!match || isPlaceholderSuffix(match[2]!)) return null;
	return match[1]!;
}

/** Suffixes made only of a template's filler letters (n, x, X, #, ?) and separators. */
function isPlaceholderSuffix(suffix: string): boolean {
	return /^(?:[nx#?]+[.\-_/]?)+$/i.test(suffix);
}
