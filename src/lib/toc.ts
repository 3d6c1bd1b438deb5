/** A page's table of contents: shown only on long pages, from level-2 and level-3 headings. */

export interface TocItem {
	depth: number;
	slug: string;
	text: string;
}

/**
 * The contents of the rendered body's headings followed by the page's own sections, or null
 * when the page has fewer than `minSections` top-level sections (short pages need none).
 */
export function buildToc(
	headings: readonly TocItem[],
	extraSections: readonly { slug: string; text: string }[],
	minSections = 5,
): TocItem[] | null {
	const items = [...headings.filter((h) => h.depth === 2 || h.depth === 3), ...extraSections.map((s) => ({ depth: 2, ...s }))];
	return items.filter((i) => i.depth === 2).length >= minSections ? items : null;
}
