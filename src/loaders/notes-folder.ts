/**
 * Where readers' notes live and whether there are any: read by the notes loader and by the
 * site's collection code, which must not ask Astro for an empty collection (Astro warns).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE_OWNERS_FILE, NoteOwnersSchema } from '../shared/note-owners.ts';

/**
 * The notes folder: `content/notes/<paper-id>.md(x)` relative to the project root, or the
 * build's `--notes` folder, which reaches the site build as `PAPERFOLD_NOTES_DIR`.
 */
export const NOTES_DIR = process.env.PAPERFOLD_NOTES_DIR || './content/notes';

/** A note file: Markdown or MDX directly in the folder; hidden files (`.gitkeep`) are not notes. */
const NOTE_FILE = /^[^.].*\.mdx?$/;

/** Whether the folder `dir` holds at least one note; a missing folder holds none. */
export function hasNotes(dir: string): boolean {
	return existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((entry) => !entry.isDirectory() && NOTE_FILE.test(entry.name));
}

/** Notes the generator found written for another paper than their slug's (`NOTE_OWNERS_FILE` in the papers folder). */
export function withheldNotes(papersDir: string): Set<string> {
	const file = join(papersDir, NOTE_OWNERS_FILE);
	if (!existsSync(file)) return new Set();
	return new Set(NoteOwnersSchema().parse(JSON.parse(readFileSync(file, 'utf8'))).withheld);
}
