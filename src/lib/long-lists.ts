/**
 * How long lists on aggregate pages stay readable and light at 10,000 papers: a page shows
 * the first rows and points to where the rest lives (the search with a filter, the CSV),
 * instead of writing megabytes of HTML nobody scrolls through.
 */

/** How many rows each long list shows before pointing to the rest. */
export interface ListLimits {
	/** Papers an entity page lists before linking to the search for the rest. */
	entityPapers: number;
	/** Claims an entity page shows in its table; the CSV download always has every claim. */
	entityClaims: number;
	/** Entities a type index shows as table rows (with introducers); the rest as an A–Z list of names. */
	typeIndexRows: number;
	/** Papers a topic page shows as cards with their TL;DR; older ones follow as one-line rows. */
	topicCards: number;
	/** Older papers a topic page lists one per line after its cards, before linking to the search for the rest. */
	topicRows: number;
	/** Papers the timeline lists per month, newest first, before linking to the search for the rest of that year. */
	timelineMonthRows: number;
}

/** The limits of a real site, sized for thousands of papers. */
export const DEFAULT_LIST_LIMITS: Readonly<ListLimits> = { entityPapers: 100, entityClaims: 100, typeIndexRows: 100, topicCards: 30, topicRows: 200, timelineMonthRows: 20 };

/** The environment variable that overrides some limits, e.g. `entityPapers=2,topicCards=3`. */
export const LIST_LIMITS_VARIABLE = 'PAPERFOLD_LIST_LIMITS';

/**
 * The limits `text` asks for over the defaults: comma-separated `name=count` pairs, each
 * name a key of `ListLimits` and each count a positive whole number. Empty or missing text
 * gives the defaults. Throws naming the variable and the pair it cannot use, so a typo
 * fails the build instead of silently building with the defaults.
 *
 * @example parseListLimits('topicCards=3') // { ...DEFAULT_LIST_LIMITS, topicCards: 3 }
 */
export function parseListLimits(text: string | undefined): ListLimits {
	const limits = { ...DEFAULT_LIST_LIMITS };
	for (const pair of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
		const match = /^(\w+)\s*=\s*(\d+)$/.exec(pair);
		const name = match?.[1] as keyof ListLimits | undefined;
		const count = Number(match?.[2]);
		if (!name || !Object.hasOwn(DEFAULT_LIST_LIMITS, name) || !Number.isSafeInteger(count) || count < 1) {
			const names = Object.keys(DEFAULT_LIST_LIMITS).join(', ');
			throw new Error(`${LIST_LIMITS_VARIABLE}: cannot use "${pair}"; expected name=count with a count of 1 or more and a name among ${names}`);
		}
		limits[name] = count;
	}
	return limits;
}

/** The limits of this build, read once from `PAPERFOLD_LIST_LIMITS` (tests lower them). */
export const LIST_LIMITS: Readonly<ListLimits> = parseListLimits(process.env[LIST_LIMITS_VARIABLE]);

/** The first `limit` items and how many were left out. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
	return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/**
 * The search page's URL for `filters` (facet name → value), newest first: the search keeps
 * its state in these query parameters, so such a link opens the filtered list.
 */
export function searchLink(searchPath: string, filters: Record<string, string>): string {
	const params = new URLSearchParams(filters);
	params.set('sort', 'date-desc');
	return `${searchPath}?${params}`;
}
