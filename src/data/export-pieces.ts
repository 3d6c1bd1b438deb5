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
 *
 * Pieces are kept as UTF-8 bytes, as the export is handed over (to be gzipped): encoding 33 MB of
 * text when the route runs took longer than putting it together. Encoding the parts one by one
 * gives the bytes of the whole text, as every cut falls between two ASCII characters of JSON
 * written by `JSON.stringify` (which writes no lone surrogate).
 */
import { exportedPaper, exportedTopics, toCollectionExport } from '../lib/collection-export.ts';
import type { Paper } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';

/** A paper's element of the export as UTF-8 JSON: whole, or around its related papers' positions, or none (written afresh each time). */
type Piece = { whole: Buffer } | { head: Buffer; ids: string[]; tails: Buffer[]; after: Buffer } | { none: true };

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

const COMMA = Buffer.from(',');

/** Makes (or finds) the piece of each paper; what the export will need of them. */
export function prepareExportPieces(papers: Iterable<Paper>): void {
	for (const paper of papers) pieceOf(paper);
}

/**
 * The export's JSON as UTF-8 bytes (of `JSON.stringify(toCollectionExport(papers, topics, pageUrl, site))`),
 * each paper's part taken from its piece.
 */
export function collectionExportBytes(papers: readonly Paper[], topics: readonly TopicRecord[], pageUrl: (id: string) => string, site: string | null = null): Buffer<ArrayBuffer> {
	const position = new Map(papers.map((p, i) => [p.id, i]));
	// The export without its papers, which `toCollectionExport` writes last.
	const shell = JSON.stringify({ ...toCollectionExport([], topics, pageUrl, site), count: papers.length, topics: exportedTopics(papers, topics), papers: [] });
	if (!shell.endsWith('"papers":[]}')) return Buffer.from(JSON.stringify(toCollectionExport(papers, topics, pageUrl, site)));
	// A related entry's start at each position, made once: `{"paper":N`, and `,{"paper":N` after another.
	const starts = new Map<number, [Buffer, Buffer]>();
	const startAt = (at: number, first: boolean) => {
		let both = starts.get(at);
		if (!both) starts.set(at, (both = [Buffer.from(`{"paper":${at}`), Buffer.from(`,{"paper":${at}`)]));
		return both[first ? 0 : 1];
	};
	const parts: Buffer[] = [Buffer.from(shell.slice(0, -2))];
	papers.forEach((paper, i) => {
		if (i) parts.push(COMMA);
		pieceParts(paper, position, startAt, parts);
	});
	parts.push(Buffer.from(']}'));
	// A new buffer (Node's types leave open that it could be a shared one).
	return Buffer.concat(parts) as Buffer<ArrayBuffer>;
}

/** Adds to `parts` the paper's element of the export, its related papers at their `position`. */
function pieceParts(paper: Paper, position: ReadonlyMap<string, number>, startAt: (at: number, first: boolean) => Buffer, parts: Buffer[]): void {
	const piece = pieceOf(paper);
	if ('whole' in piece) return void parts.push(piece.whole);
	const afresh = () => Buffer.from(JSON.stringify(exportedPaper(paper, position)));
	if ('none' in piece) return void parts.push(afresh());
	const own: Buffer[] = [piece.head];
	for (let i = 0; i < piece.ids.length; i++) {
		const at = position.get(piece.ids[i]!);
		// A related paper outside the export is left out: the element is written as the export writes it.
		if (at === undefined) return void parts.push(afresh());
		own.push(startAt(at, i === 0), piece.tails[i]!);
	}
	own.push(piece.after);
	parts.push(...own);
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
	if (!related) return { whole: Buffer.from(JSON.stringify(exported)) };
	const pairs = Object.keys(exported)
		.filter((key) => !omitted(exported[key]))
		.map((key) => [key, `${JSON.stringify(key)}:${JSON.stringify(exported[key])}`] as const);
	const at = pairs.findIndex(([key]) => key === 'related');
	const entries = related.map((entry) => JSON.stringify(entry));
	// Entries always start so (their `paper` key first); were one not to, the paper is written afresh each time.
	if (at < 0 || related.length !== paper.related.length || !entries.every((entry) => entry.startsWith(ENTRY_START))) return { none: true };
	return {
		head: Buffer.from(
			`{${pairs
				.slice(0, at)
				.map(([, pair]) => `${pair},`)
				.join('')}"related":[`,
		),
		ids: paper.related.map((r) => r.id),
		tails: entries.map((entry) => Buffer.from(entry.slice(ENTRY_START.length))),
		after: Buffer.from(
			`]${pairs
				.slice(at + 1)
				.map(([, pair]) => `,${pair}`)
				.join('')}}`,
		),
	};
}
