/**
 * Readers' notes (`content/notes/<paper-id>.md` or `.mdx`) belong to people: a build
 * never writes, moves or deletes them. A note whose paper is no longer generated is
 * an orphan, reported by the build so the reader can decide what to do with it.
 */
import type { NoteOwners } from '../../src/shared/note-owners.ts';

const NOTE_FILE = /^(?<id>[^.].*)\.mdx?$/;

/**
 * The note files (of `noteFileNames`, plain names as listed in the notes folder)
 * whose paper id is not among `paperIds`, sorted. Files that are not notes
 * (other extensions, dot-files such as `.gitkeep`) are ignored.
 */
export function findOrphanNotes(noteFileNames: readonly string[], paperIds: readonly string[]): string[] {
	const ids = new Set(paperIds);
	return noteFileNames
		.filter((file) => {
			const id = NOTE_FILE.exec(file)?.groups?.id;
			return id !== undefined && !ids.has(id);
		})
		.sort();
}

/** A note whose slug now names another paper than the one it was written for. */
export interface MovedNote {
	file: string;
	/** Identity of the paper the note was written for (`paperIdentity`). */
	writtenFor: string;
	/** Identity of the paper that now has the note's slug. */
	nowOwnedBy: string;
}

/**
 * The next note-owner record from the previous one: a note keeps the paper it was first
 * shown on; when its slug now belongs to another paper it is withheld and reported, and
 * shown again once its own paper has the slug back. Notes of no current paper keep
 * their record (they are orphans, reported by `findOrphanNotes`).
 */
export function checkNoteOwners(
	noteFileNames: readonly string[],
	papers: ReadonlyMap<string, string>,
	previous: NoteOwners | null,
): { record: NoteOwners; moved: MovedNote[] } {
	const owners: Record<string, string> = { ...previous?.owners };
	const moved: MovedNote[] = [];
	for (const file of [...noteFileNames].sort()) {
		const id = NOTE_FILE.exec(file)?.groups?.id;
		const current = id === undefined ? undefined : papers.get(id);
		if (id === undefined || current === undefined) continue;
		const writtenFor = owners[id];
		if (writtenFor === undefined) owners[id] = current;
		else if (writtenFor !== current) moved.push({ file, writtenFor, nowOwnedBy: current });
	}
	const withheld = [...new Set(moved.map((m) => NOTE_FILE.exec(m.file)!.groups!.id!))];
	return { record: { owners: Object.fromEntries(Object.entries(owners).sort(([a], [b]) => a.localeCompare(b))), withheld }, moved };
}
