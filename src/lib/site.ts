/** The site's name and one-line description, used in titles, meta tags and the feed. */
export const SITE_NAME = 'paperfold';
export const SITE_DESCRIPTION =
	'Annotated summaries of a reading list of research papers: TL;DRs, methods, datasets, claims and related papers, searchable offline.';
