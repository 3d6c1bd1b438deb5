/**
 * `papers.json`'s text put together from one piece of JSON per paper, so the pieces of the
 * papers a rebuild did not change can be made before it needs them: while Astro waits for the
 * generator, from the records the last build kept (src/data/read-ahead.ts), instead of after
 * the loaders, when the route making the export is on the build's critical path.
 *
 * A piece is the paper's element of the export as `JSON.stringify` writes it, cut where each
 * related paper's position goes (positions depend on the whole collection's order, filled in
 * when the export is made). It is kept per record object: a record is never changed once
 * loaded, and a changed page is a new record (src/data/page-cache-key.ts relies on the same),
 * so a piece always belongs to the record it was made from. The text equals
 * `JSON.stringify(toCollectionExport(…))` by construction: the same values, written key by key
 * in the same order as `JSON.stringify` writes them.
 */
import { exportedPaper, exportedTopics, toCollectionExport } from '../lib/collection-export.ts';
import type { Paper } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';

/** A paper's element of the export as JSON text: whole, or around its related papers' positions, or none (written afresh each time). */
type Piece = { whole: string } | { head: string; ids: string[]; tails: string[]; after: string } | { none: true };

/** Shared by the content config's copy of this module (which makes pieces ahead) and the route's. */
const PIECES = Symbol.for('paperfold.exportPieces');
type Registry = { [PIECES]?: WeakMap<Paper, Piece> };
const pieces = (): WeakMap<Paper, Piece> => ((globalThis as Registry)[PIECES] ??= new WeakMap());

/** Every related paper present, at position 0: a piece is made before positions are known. */
const ANY_POSITION = { has: () => true, get: () => 0 } as unknown as ReadonlyMap<string, number>;

/** How `JSON.stringify` starts a related paper's entry made at `ANY_POSITION`. */
const ENTRY_START = '{"paper":0';

/** `JSON.stringify` leaves out a key whose value is one of these. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Makes (or finds) the piece of each paper; what the export will need of them. */
export function prepareExportPieces(papers: Iterable<Paper>): void {
	for (const paper of papers) pieceOf(paper);
}

/**
 * The export's JSON text (`JSON.stringify(toCollectionExport(papers, topics, pageUrl, site))`),
 * each paper's part taken from its piece.
 */
export function collectionExportJson(papers: readonly Paper[], topics: readonly TopicRecord[], pageUrl: (id: string) => string, site: string | null = null): string {
	const position = new Map(papers.map((p, i) => [p.id, i]));
	// The export without its papers, which `toCollectionExport` writes last.
	const shell = JSON.stringify({ ...toCollectionExport([], topics, pageUrl, site), count: papers.length, topics: exportedTopics(papers, topics), papers: [] });
	if (!shell.endsWith('"papers":[]}')) return JSON.stringify(toCollectionExport(papers, topics, pageUrl, site));
	return `${shell.slice(0, -2)}${papers.map((paper) => pieceText(paper, position)).join(',')}]}`;
}

/** The paper's element of the export, its related papers at their `position`. */
function pieceText(paper: Paper, position: ReadonlyMap<string, number>): string {
	const piece = pieceOf(paper);
	if ('whole' in piece) return piece.whole;
	if ('none' in piece) return JSON.stringify(exportedPaper(paper, position));
	let text = piece.head;
	for (let i = 0; i < piece.ids.length; i++) {
		const at = position.get(piece.ids[i]!);
		// A related paper outside the export is left out: the element is written as the export writes it.
		if (at === undefined) return JSON.stringify(exportedPaper(paper, position));
		text += `${i ? ',' : ''}{"paper":${at}${piece.tails[i]}`;
	}
	return text + piece.after;
}

function pieceOf(paper: Paper): Piece {
	const memo = pieces();
	let piece = memo.get(paper);
	if (!piece) memo.set(paper, (piece = makePiece(paper)));
	return piece;
}

function makePiece(paper: Paper): Piece {
	const exported = exportedPaper(paper, ANY_POSITION) as Record<string, unknown>;
	const related = exported.related as unknown[] | undefined;
	if (!related) return { whole: JSON.stringify(exported) };
	const pairs = Object.keys(exported)
		.filter((key) => !omitted(exported[key]))
		.map((key) => [key, `${JSON.stringify(key)}:${JSON.stringify(exported[key])}`] as const);
	const at = pairs.findIndex(([key]) => key === 'related');
	const entries = related.map((entry) => JSON.stringify(entry));
	// Entries always start so (their `paper` key first); were one not to, the paper is written afresh each time.
	if (at < 0 || related.length !== paper.related.length || !entries.every((entry) => entry.startsWith(ENTRY_START))) return { none: true };
	return {
		head: `{${pairs
			.slice(0, at)
			.map(([, pair]) => `${pair},`)
			.join('')}"related":[`,
		ids: paper.related.map((r) => r.id),
		tails: entries.map((entry) => entry.slice(ENTRY_START.length)),
		after: `]${pairs
			.slice(at + 1)
			.map(([, pair]) => `,${pair}`)
			.join('')}}`,
	};
}
