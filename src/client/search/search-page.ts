/**
 * The search page (`/search/`): query, facet filters and sort, all mirrored in the URL so the
 * address bar always links to the search on screen. Typing replaces the history entry; a
 * filter, sort or suggestion pushes one, so Back restores the previous search.
 */
import type { SearchEngine, SearchOutcome } from './engines.ts';
import { renderChips, renderFacets } from './facet-list.ts';
import type { FilterSelection } from './filters.ts';
import { debounce, renderResult } from './render.ts';
import { provideResultIds } from './result-ids.ts';
import { formatSearchState, parseSearchState, type SearchState } from './url-state.ts';

const PAGE = 20;

/** Wires the `[data-search-page]` element. */
export function initSearchPage(page: HTMLElement, getEngine: () => Promise<SearchEngine>): void {
	const form = page.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const facets = page.querySelector<HTMLElement>('[data-search-facets]')!;
	// The "Other papers" topic, listed after the others in the topic facet (the page names it: the data has no flag).
	const lastValues = { topic: new Set<string>(JSON.parse(facets.dataset.lastTopics ?? '[]') as string[]) };
	const chips = page.querySelector<HTMLElement>('[data-search-chips]')!;
	const status = page.querySelector<HTMLElement>('[data-search-status]')!;
	const suggestion = page.querySelector<HTMLElement>('[data-search-suggestion]')!;
	const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let state: SearchState = parseSearchState(location.search);
	let outcome: SearchOutcome | null = null;
	let shown = 0;
	let generation = 0;
	/** Facets whose "more" list the reader opened; kept across renders. */
	const openFacets = new Set<string>();

	// Phones start with the filters folded (see search.astro); a linked filter keeps them open.
	const folder = page.querySelector<HTMLDetailsElement>('[data-search-filters]');
	if (folder && matchMedia('(max-width: 48rem)').matches) folder.open = Object.keys(state.filters).length > 0;

	const showForm = () => {
		input.value = state.q;
		sort.value = [...sort.options].some((o) => o.value === state.sort) ? state.sort : 'relevance';
	};
	showForm();

	const showMore = async () => {
		if (!outcome) return;
		const mine = generation;
		const results = await outcome.load(shown, shown + PAGE);
		if (mine !== generation) return;
		list.append(...results.map((r) => renderResult(r)));
		shown += results.length;
		more.hidden = shown >= outcome.total;
	};

	const showSuggestion = (corrected: string | null) => {
		suggestion.hidden = !corrected;
		if (!corrected) return suggestion.replaceChildren();
		// Under the results the query found, which are what the reader asked for; above an empty list.
		if (shown > 0) more.after(suggestion);
		else list.before(suggestion);
		const link = document.createElement('a');
		link.href = formatSearchState({ ...state, q: corrected }, location.search) || '?';
		link.textContent = corrected;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			state = { ...state, q: corrected };
			showForm();
			void run('push');
		});
		suggestion.replaceChildren('Did you mean ', link, '?');
	};

	/** Runs `state`; `history` says whether it becomes a new entry, replaces this one, or came from one. */
	const run = async (history: 'push' | 'replace' | 'none') => {
		const mine = ++generation;
		const url = `${location.pathname}${formatSearchState(state, location.search)}${location.hash}`;
		if (history === 'push' && url !== `${location.pathname}${location.search}${location.hash}`) window.history.pushState(null, '', url);
		else if (history !== 'none') window.history.replaceState(null, '', url);
		status.textContent = 'Searching…';
		showSuggestion(null);
		renderChips(chips, state.filters, (filters) => {
			state = { ...state, filters };
			void run('push');
		});
		try {
			const engine = await getEngine();
			const result = await engine.run(state);
			if (mine !== generation) return;
			outcome = result;
			shown = 0;
			list.replaceChildren();
			renderFacets(facets, result.counts, state.filters, openFacets, lastValues);
			page.dataset.engine = engine.kind;
			// The count is announced (aria-live) once the first results are on the page, not before.
			await showMore();
			if (mine !== generation) return;
			const q = state.q.trim();
			const anything = q || Object.values(state.filters).some((v) => v.length);
			status.textContent = !anything
				? 'Type a query or choose a filter.'
				: !result.total
					? `No paper matches${q ? ` “${q}”` : ' these filters'}.`
					: `${result.total} ${result.total === 1 ? 'paper' : 'papers'}${q ? ` for “${q}”` : ''}`;
			const corrected = await engine.suggest(q, result.total);
			if (mine === generation) showSuggestion(corrected);
		} catch (error) {
			status.textContent = `Search is unavailable: ${(error as Error).message}`;
		}
	};

	const readForm = () => {
		const filters: FilterSelection = {};
		for (const box of facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
			(filters[box.name] ??= []).push(box.value);
		}
		state = { q: input.value, filters, sort: sort.value as SearchState['sort'] };
	};

	input.addEventListener('input', debounce(() => (readForm(), void run('replace')), 150));
	sort.addEventListener('change', () => (readForm(), void run('push')));
	facets.addEventListener('change', () => (readForm(), void run('push')));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		readForm();
		void run('push');
	});
	more.addEventListener('click', () => void showMore());
	// The library's "Select all results" asks for every result, not only the rendered ones.
	provideResultIds(page, () => (outcome ? outcome.ids() : null));
	window.addEventListener('popstate', () => {
		state = parseSearchState(location.search);
		showForm();
		void run('none');
	});
	void run('replace');
}
