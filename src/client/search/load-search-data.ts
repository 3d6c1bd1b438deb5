/**
 * `search-data.js` in the browser: loaded with a classic script (which, unlike `fetch`, works
 * from `file://`) and unpacked. The offline engine and the reader's exports both read it.
 */
import { unpackJson } from '../packed-json.ts';
import { SEARCH_DATA_GLOBAL, type SearchData } from './search-data.ts';
import { loadScriptGlobal } from './suggest.ts';

/** The offline search data at `src` (`…/search-data.js`). */
export const loadSearchData = (src: string): Promise<SearchData> =>
	loadScriptGlobal<SearchData | string>(src, SEARCH_DATA_GLOBAL).then((value) => unpackJson(value));
