/**
 * Records passed between the ingest stage and the annotate stage.
 * Every parser is a pure function `(text, file) => ParseResult`.
 */
import type { AbstractSection, PaperLink, SourceRef, Venue } from '../../src/shared/paper-schema.ts';

/** One paper as a source describes it, before any annotation. */
export interface RawPaper {
	title: string;
	abstract: string;
	/** Parts the export joined to the abstract (Key Points, a plain-language summary), kept apart. */
	abstractSections: AbstractSection[];
	authors: string[];
	authorCount: number | null;
	organization: string | null;
	/** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as precise as the source is, or null when it gives no year. */
	published: string | null;
	comments: number | null;
	upvotes: number | null;
	arxivId: string | null;
	doi: string | null;
	/** The journal, proceedings or book the source names, if any. */
	venue: Venue | null;
	/** Links from source fields and URLs found in the abstract (with spans). */
	links: PaperLink[];
	/** Hugging Face's AI summary/keywords, kept apart from paperfold's own annotations. */
	huggingFace: { aiSummary: string | null; aiKeywords: string[] } | null;
	/** One entry per source record this paper was read (and merged) from. */
	sources: SourceRef[];
}

/** A problem found in an input file, pointing at the place it was found. */
export interface Diagnostic {
	severity: 'error' | 'warning';
	file: string;
	/** 1-based line. */
	line: number;
	/** 1-based column, where the format has one. */
	column?: number;
	/** What was wrong and what was expected, as one readable sentence. */
	message: string;
	/** The record was still read, as the message says (repaired, or listed without an abstract): a problem, not a skip. */
	recordKept?: true;
}

/** What a parser returns: the papers it could read and what it had to skip. */
export interface ParseResult {
	papers: RawPaper[];
	diagnostics: Diagnostic[];
}

/** A pure parser for one listing format. */
export type ListingParser = (text: string, file: string) => ParseResult;

/**
 * One input format: a module in `formats/`, listed in `formats.ts`. The ingest entry asks every
 * format how sure it is that a listing is one of its own and lets the surest one parse it.
 */
export interface InputFormat {
	/** Stable id (kebab-case), written into every record's `sources[].format`. */
	id: string;
	/** What a listing of this format looks like, as a noun phrase: shown in `--help` and after "expected" when a file yields no paper. */
	describe: string;
	/** How sure the format is, from content alone, that `text` is one of its listings: 0 (not at all) to 1. */
	sniff(text: string): number;
	/** File extensions without the dot (`bib`, `csl.json`): they decide only for a file with no content. */
	extensions: readonly string[];
	parse: ListingParser;
}
