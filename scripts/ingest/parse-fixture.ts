/**
 * Test helper: runs a parser on `fixtures/<name>` with the file named as the CLI would name it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ListingParser, ParseResult } from './types.ts';

/** The parse result plus the fixture's display path and its lines (0-based array). */
export function parseFixture(parser: ListingParser, name: string): ParseResult & { file: string; lines: string[] } {
	const file = `scripts/ingest/fixtures/${name}`;
	const text = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
	return { file, lines: text.split('\n'), ...parser(text, file) };
}
