/**
 * Entry of `page.js`, the one script file every page loads (deferred, from BaseLayout.astro),
 * cached once for the whole site and precached by the service worker: the page's buttons (the
 * theme toggle among them) and toolbar colour, a paper page's contents list and further title
 * searches, search on demand, the service worker. Only restoring the theme must run before
 * paint; that stays inline (bootstrap/theme.ts).
 */
import { registerServiceWorkerOnLoad } from '../register-service-worker.ts';
import { openedFromDisk, siteBase } from '../site-root.ts';
import { handlePageButtons } from './buttons.ts';
import { loadSearchOnDemand } from './search-on-demand.ts';
import { addThemeToggle, followThemeColor } from './theme-controls.ts';
import { addTitleSearches } from './title-searches.ts';
import { addContentsList } from './contents-list.ts';

addThemeToggle();
followThemeColor();
handlePageButtons();
addTitleSearches();
addContentsList();
loadSearchOnDemand(openedFromDisk() || 'eager' in document.currentScript!.dataset);
registerServiceWorkerOnLoad(siteBase());
