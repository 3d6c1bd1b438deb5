/**
 * The one script inlined in every page, first in its <body> (BaseLayout.astro), before
 * anything is painted: the theme, search and the page's buttons on demand, the service worker. A page fetches no
 * script file before the reader turns to search; everything else is a script file
 * (bundle-client.ts).
 */
import { registerServiceWorkerOnLoad } from '../register-service-worker.ts';
import { meta, openedFromDisk } from '../site-root.ts';
import { handlePageButtons } from './buttons.ts';
import { loadSearchOnDemand } from './search.ts';
import { applyTheme } from './theme.ts';

applyTheme();
handlePageButtons();
loadSearchOnDemand(openedFromDisk() || 'eager' in document.currentScript!.dataset);
registerServiceWorkerOnLoad(meta('pf-base'));
