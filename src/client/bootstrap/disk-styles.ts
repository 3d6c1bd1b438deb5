/**
 * Inlined first in every page's <body>, once the <head>'s links are parsed: from `file://`
 * the based stylesheet and icon URLs point at the disk's root, so they are repointed
 * relative to the page. (Links inside the page wait for the search client: disk-links.ts.)
 */
import { meta, openedFromDisk } from '../site-root.ts';

if (openedFromDisk()) {
	const base = meta('pf-base');
	for (const link of document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]')) {
		const href = link.getAttribute('href');
		if (href?.startsWith(base)) link.setAttribute('href', meta('pf-root') + href.slice(base.length));
	}
}
