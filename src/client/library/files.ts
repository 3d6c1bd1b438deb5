/**
 * The library's file I/O in the browser: downloads through a Blob and an `<a download>`,
 * reading a chosen file, and loading the export data files with a classic script (which,
 * unlike `fetch`, works from `file://`).
 */
import { loadScriptGlobal } from '../search/suggest.ts';
import { loadSearchData } from '../search/load-search-data.ts';
import { unpackJson } from '../packed-json.ts';
import { LIBRARY_DATA_GLOBAL, type Abstracts, type CitationData } from './citation-data.ts';

/** Offers `text` as a download named `name`. */
export function download(text: string, name: string, mime: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the click; the URL is not needed after this task.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The text of a file the reader chose. */
export const readText = (file: File): Promise<string> => file.text();

const loaded = new Map<string, Promise<unknown>>();

/** `load(src)`, once per `src`; a failed load is tried again next time (e.g. back online). */
function loadOnce<T>(src: string, load: (src: string) => Promise<T>): Promise<T> {
	let data = loaded.get(src);
	if (!data) {
		data = load(src).catch((error: unknown) => {
			loaded.delete(src);
			throw error;
		});
		loaded.set(src, data);
	}
	return data as Promise<T>;
}

/** The citation fields (`library-data.js` at `src`), unpacked (a file cached before it was packed is read as it is). */
export const loadCitationData = (src: string): Promise<CitationData> =>
	loadOnce(src, (url) => loadScriptGlobal<CitationData | string>(url, LIBRARY_DATA_GLOBAL).then((value) => unpackJson(value)));

/**
 * The abstracts, from the offline search data (`search-data.js` at `src`), which holds each
 * once; null when it cannot load (offline, not cached).
 */
export const loadAbstracts = (src: string): Promise<Abstracts | null> =>
	loadOnce(src, loadSearchData).then(
		(data) => new Map(data.papers.map((row) => [row[0], row[7]])),
		() => null,
	);
