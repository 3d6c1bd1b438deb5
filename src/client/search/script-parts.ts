/**
 * The parts of the search client bundled as scripts of their own, fetched only where they
 * are needed: the search page's controls (`search-page.js`, on the search page) and the
 * offline engine (`search-offline.js`, from `file://` or when Pagefind cannot load). The
 * header box on every other page needs neither. Each part is a classic script (it also
 * runs from `file://`) that assigns one global, which `search-ui.js` reads.
 */
import type { SearchEngine } from './engines.ts';
import { loadScriptGlobal } from './suggest.ts';

/** A script of the search client: its file at the site root, and the global it assigns. */
export interface ScriptPart<T> {
	file: string;
	global: string;
	/** Only for typing the value; never set. */
	readonly value?: T;
}

/** Wires the `[data-search-page]` element (search-page.ts). */
export type InitSearchPage = (page: HTMLElement, getEngine: () => Promise<SearchEngine>) => void;
/** The engine over `search-data.js` (offline-engine.ts). */
export type CreateOfflineEngine = (root: string, fileLinks: boolean) => Promise<SearchEngine>;

export const SEARCH_PAGE_PART: ScriptPart<InitSearchPage> = { file: 'search-page.js', global: 'PAPERFOLD_SEARCH_PAGE' };
export const OFFLINE_ENGINE_PART: ScriptPart<CreateOfflineEngine> = { file: 'search-offline.js', global: 'PAPERFOLD_OFFLINE_ENGINE' };

/** Assigns a part's global: the whole job of its entry script. */
export function definePart<T>(part: ScriptPart<T>, value: T): void {
	(window as unknown as Record<string, T>)[part.global] = value;
}

/** Loads a part from `root` (the site root as the page reaches it) once, and resolves to its value. */
export function loadPart<T>(root: string, part: ScriptPart<T>): Promise<T> {
	return loadScriptGlobal<T>(`${root}${part.file}`, part.global);
}
