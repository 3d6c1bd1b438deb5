/** Entry of `search-page.js` (script-parts.ts): the search page's query, facets, sort and results. */
import { initSearchPage } from './search-page.ts';
import { SEARCH_PAGE_PART, definePart } from './script-parts.ts';

definePart(SEARCH_PAGE_PART, initSearchPage);
