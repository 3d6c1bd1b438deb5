/**
 * Inlined after "On this page" (Toc.astro), before paint: open beside the text on wide
 * screens, a one-line summary above it on phones.
 */
for (const details of document.querySelectorAll<HTMLDetailsElement>('.toc details')) details.open = matchMedia('(min-width: 68rem)').matches;
