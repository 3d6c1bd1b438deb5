/**
 * The library's file I/O in the browser: downloads through a Blob and an `<a download>`,
 * reading a chosen file, and loading `library-data.js` with a classic script (which, unlike
 * `fetch`, works from `file://`).
 */
import { LIBRARY_DATA_GLOBAL, type CitationData } from './citation-data.ts';

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

let data: Promise<CitationData> | null = null;

/** The citation data, loaded once from `src` (the site's `library-data.js`). */
export function loadCitationData(src: string): Promise<CitationData> {
	const w = window as unknown as Record<string, CitationData | undefined>;
	data ??= new Promise<CitationData>((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => (w[LIBRARY_DATA_GLOBAL] ? resolve(w[LIBRARY_DATA_GLOBAL]!) : reject(new Error('library-data.js held no data')));
		script.onerror = () => reject(new Error('could not load library-data.js'));
		document.head.append(script);
	}).catch((error: unknown) => {
		// Let a later export try again (e.g. once back online).
		data = null;
		throw error;
	});
	return data;
}
