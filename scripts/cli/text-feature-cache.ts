/**
 * The collection's text feature table (`collectTextFeatures`) kept across builds in one file of
 * the generator's cache (`.paperfold-cache/text-features.v8`), each paper's features under its
 * text key (`textKey`): a rebuild takes an unchanged paper's features from the file and reads
 * only the changed papers' words, instead of numbering every paper's words again (about 0.35 s
 * of a one-abstract rebuild's CPU at 3,000 papers, run cold once per build).
 *
 * What a table means does not depend on its numbering: each consumer (`vectorize`) reads a
 * paper's features in the paper's own order and by their strings, and numbers the terms as it
 * meets them. So a table whose unchanged papers keep the ids of an earlier build, with the new
 * features appended, is read exactly as the one a build from scratch collects.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { collectTextFeatures, type DocumentWords, type TextFeatureTable } from '../annotate/collection/text-feature-table.ts';

/** A table as the file holds it: every paper's lists packed end to end. */
interface KeptTable {
	version: string;
	/** Per paper, its text key, in the order the lists are packed. */
	keys: string[];
	features: string[];
	forms: string[];
	/** Paper i's lists are `[offsets[i], offsets[i + 1])` of `ids`, `counts` and `formIds`. */
	offsets: Int32Array;
	ids: Int32Array;
	counts: Float64Array;
	formIds: Int32Array;
	/** Papers dropped from the table since it was collected whole: their features may be read by none. */
	dropped: number;
}

/** Past this share of a collection dropped since the table was collected whole, it is collected afresh (its unread features cost reading). */
const MOST_DROPPED = 0.25;

/** The kept text feature table: `table` makes a build's, `save` keeps it for the next. */
export class TextFeatureCache {
	private readonly file: string;
	private readonly version: string;
	private kept: KeptTable | null;
	private changed = false;

	constructor(file: string, version: string) {
		this.file = file;
		this.version = version;
		this.kept = readKept(file, version);
	}

	/**
	 * The text features of `docs`, as `collectTextFeatures(docs, words)` gives them: a paper whose
	 * key (`keys`, by paper) the kept table holds has its lists from there, the others are read.
	 */
	table(docs: readonly { title: string; abstract: string }[], keys: readonly string[], words?: readonly (DocumentWords | undefined)[]): TextFeatureTable {
		const kept = this.kept;
		const at = new Map(kept?.keys.map((key, i) => [key, i]));
		const missing = keys.flatMap((key, i) => (at.has(key) ? [] : [i]));
		// Kept papers no key of this build reads: their features stay in the table unread.
		const read = new Set(keys.flatMap((key) => at.get(key) ?? []));
		const dropped = (kept?.dropped ?? 0) + (kept ? kept.keys.length - read.size : 0);
		if (!kept || missing.length + dropped > docs.length * MOST_DROPPED) {
			const table = collectTextFeatures(docs, words);
			this.keep(table, keys, 0);
			return table;
		}
		const table: TextFeatureTable = { features: kept.features, forms: kept.forms, docs: [] };
		const lists = (i: number) => {
			const from = kept.offsets[i]!;
			const to = kept.offsets[i + 1]!;
			return { ids: kept.ids.subarray(from, to), counts: kept.counts.subarray(from, to), forms: kept.formIds.subarray(from, to) };
		};
		const fresh = missing.length > 0 ? collectTextFeatures(missing.map((i) => docs[i]!), missing.map((i) => words?.[i])) : null;
		// The fresh papers' feature and form ids in the kept table's numbering, new ones appended.
		const featureId = fresh ? renumber(fresh.features, table.features) : null;
		const formId = fresh ? renumber(fresh.forms, table.forms) : null;
		const freshAt = new Map(missing.map((index, j) => [index, j]));
		table.docs = keys.map((key, i) => {
			const j = freshAt.get(i);
			if (j === undefined) return lists(at.get(key)!);
			const doc = fresh!.docs[j]!;
			return { ids: doc.ids.map((id) => featureId![id]!), counts: doc.counts, forms: doc.forms.map((id) => formId![id]!) };
		});
		if (missing.length > 0 || keys.length !== kept.keys.length || keys.some((key, i) => key !== kept.keys[i])) this.keep(table, keys, dropped);
		return table;
	}

	/** Keeps `table`, collected whole for papers of `keys` (by paper), for the next build. */
	remember(table: TextFeatureTable, keys: readonly string[]): void {
		this.keep(table, keys, 0);
	}

	/** Writes the table of the last `table` call if it differs from the file's (temp file, then rename). */
	save(): void {
		if (!this.changed || !this.kept) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, serialize(this.kept));
		renameSync(tmp, this.file);
		this.changed = false;
	}

	private keep(table: TextFeatureTable, keys: readonly string[], dropped: number): void {
		const offsets = new Int32Array(table.docs.length + 1);
		table.docs.forEach((doc, i) => (offsets[i + 1] = offsets[i]! + doc.ids.length));
		const total = offsets[table.docs.length]!;
		const ids = new Int32Array(total);
		const counts = new Float64Array(total);
		const formIds = new Int32Array(total);
		table.docs.forEach((doc, i) => {
			ids.set(doc.ids, offsets[i]);
			counts.set(doc.counts, offsets[i]);
			formIds.set(doc.forms, offsets[i]);
		});
		this.kept = { version: this.version, keys: [...keys], features: table.features, forms: table.forms, offsets, ids, counts, formIds, dropped };
		this.changed = true;
	}
}

/** Per string of `from`, its index in `into`, appending those `into` lacks. */
function renumber(from: readonly string[], into: string[]): Int32Array {
	const index = new Map(into.map((text, i) => [text, i]));
	return Int32Array.from(from, (text) => {
		let id = index.get(text);
		if (id === undefined) index.set(text, (id = into.push(text) - 1));
		return id;
	});
}

function readKept(file: string, version: string): KeptTable | null {
	try {
		const kept = deserialize(readFileSync(file)) as Partial<KeptTable>;
		return kept.version === version && kept.offsets instanceof Int32Array ? (kept as KeptTable) : null;
	} catch {
		// Missing or damaged: the table is collected afresh.
		return null;
	}
}
