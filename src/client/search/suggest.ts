/**
 * "Did you mean …": loads the term dictionary (`search-terms.js`, a classic script, so it
 * also loads from `file://`) the first time a query finds little, and corrects the query's
 * unknown words from it. Nothing is fetched while queries find enough.
 */
import { FEW_RESULTS, TERMS_FILE, TERMS_GLOBAL, parseTermDictionary, suggestQuery, type TermDictionary } from './term-dictionary.ts';

/** Runs a classic script once and resolves to the global it assigns. */
export function loadScriptGlobal<T>(src: string, global: string): Promise<T> {
	const w = window as unknown as Record<string, T | undefined>;
	if (w[global] !== undefined) return Promise.resolve(w[global]!);
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => (w[global] !== undefined ? resolve(w[global]!) : reject(new Error(`no data in ${src}`)));
		script.onerror = () => reject(new Error(`cannot load ${src}`));
		document.head.append(script);
	});
}

/** A corrected query for `query`, which found `total` results; null when none is needed or found. */
export type Suggester = (query: string, total: number) => Promise<string | null>;

/**
 * A suggester over the dictionary at `root`. It asks only when a query finds fewer than
 * `FEW_RESULTS` papers; a dictionary that cannot load suggests nothing (and is tried again).
 */
export function createSuggester(root: string): Suggester {
	let dictionary: Promise<TermDictionary> | null = null;
	return async (query, total) => {
		if (!query.trim() || total >= FEW_RESULTS) return null;
		dictionary ??= loadScriptGlobal<string>(`${root}${TERMS_FILE}`, TERMS_GLOBAL).then(parseTermDictionary);
		try {
			return suggestQuery(await dictionary, query);
		} catch {
			dictionary = null;
			return null;
		}
	};
}
