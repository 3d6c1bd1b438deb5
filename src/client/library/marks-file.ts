/**
 * The reader's marks as a file they can keep or carry to another browser: JSON with a
 * format tag, so importing a wrong file fails with a clear message instead of erasing marks.
 */

/** A paper's reading mark. */
export type Mark = 'read' | 'to-read';

/** The marks, by paper id. */
export type Marks = Record<string, Mark>;

/** What the marks file holds. */
export interface MarksFile {
	format: 'paperfold-marks';
	version: 1;
	marks: Marks;
}

const MARKS: readonly Mark[] = ['read', 'to-read'];

/** The file's text. */
export function serializeMarks(marks: Marks): string {
	const file: MarksFile = { format: 'paperfold-marks', version: 1, marks };
	return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The marks of a file's text; throws an Error naming `name` and what is wrong (not JSON, not
 * a marks file, an unknown mark on a given paper).
 */
export function parseMarks(text: string, name: string): Marks {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${name} is not JSON (${(error as Error).message}); expected a paperfold marks file.`);
	}
	const file = data as Partial<MarksFile> | null;
	if (!file || typeof file !== 'object' || file.format !== 'paperfold-marks' || typeof file.marks !== 'object' || !file.marks) {
		throw new Error(`${name} is not a paperfold marks file: expected {"format": "paperfold-marks", "marks": {…}}.`);
	}
	if (file.version !== 1) throw new Error(`${name} has marks file version ${String(file.version)}; this site reads version 1.`);
	const marks: Marks = {};
	for (const [id, mark] of Object.entries(file.marks)) {
		if (!MARKS.includes(mark as Mark)) throw new Error(`${name}: the mark of "${id}" is ${JSON.stringify(mark)}; expected "read" or "to-read".`);
		marks[id] = mark as Mark;
	}
	return marks;
}

/** Marks after an import: the file's marks win over the browser's for the same paper. */
export const mergeMarks = (current: Marks, imported: Marks): Marks => ({ ...current, ...imported });
