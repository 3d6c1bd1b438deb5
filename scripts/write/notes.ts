/**
 * Readers' notes (`content/notes/<paper-id>.md` or `.mdx`) belong to people: a build
 * never writes, moves or deletes them. A note whose paper is no longer generated is
 * an orphan, reported by the build so the reader can decide what to do with it.
 */

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
