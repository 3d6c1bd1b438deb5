/**
 * The ingest stage's entry: detect a listing's format from its content, parse it, merge papers.
 */
import type { SourceRef } from '../../src/schemas/paper.ts';
import { parseHfPapersPage } from './hf-page.ts';
import type { ListingParser, ParseResult } from './types.ts';

export { mergePapers } from './merge.ts';

/** Listing formats paperfold reads. */
export type ListingFormat = SourceRef['format'];

const PARSERS: Record<ListingFormat, ListingParser | null> = {
	'hf-page': parseHfPapersPage,
	'hf-json': null,
	bibtex: null,
	'arxiv-atom': null,
};

/** The format of a listing, judged from its content. */
export function detectFormat(_text: string, _file: string): ListingFormat {
	return 'hf-page';
}

/** Parses a listing of any supported format. */
export function parseListing(text: string, file: string): ParseResult & { format: ListingFormat } {
	const format = detectFormat(text, file);
	const parser = PARSERS[format];
	if (!parser) {
		return { format, papers: [], diagnostics: [{ severity: 'error', file, line: 1, message: `No parser for ${format} yet.` }] };
	}
	return { format, ...parser(text, file) };
}
