/**
 * The search page (`/search/`): query, facet filters and sort, all mirrored in the URL
 * (`history.replaceState`) so the address bar always links to the search on screen.
 */
import type { SearchEngine, SearchOutcome } from './engines.ts';
import { FACETS, type FacetCounts, type FilterSelection } from './filters.ts';
import { debounce, renderResult } from './render.ts';
import { formatSearchState, parseSearchState, type SearchState } from './url-state.ts';

const PAGE = 20;
/** Facet values shown before "More"; the entity facet can hold hundreds. */
const VISIBLE_VALUES = 10;

function orderValues(facet: string, counts: Record<string, number>, selected: string[]): string[] {
	const values = [...new Set([...Object.keys(counts), ...selected])];
	if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
	return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'en'));
}

function renderFacets(container: HTMLElement, counts: FacetCounts, filters: FilterSelection): void {
	const groups = FACETS.flatMap(([facet, label]) => {
		const selected = filters[facet] ?? [];
		const values = orderValues(facet, counts[facet] ?? {}, selected).filter((v) => (counts[facet]?.[v] ?? 0) > 0 || selected.includes(v));
		if (!values.length) return [];
		const fieldset = document.createElement('fieldset');
		fieldset.className = 'search-facet';
		const legend = document.createElement('legend');
		legend.textContent = label;
		fieldset.append(legend);
		const option = (value: string) => {
			const row = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = facet;
			box.value = value;
			box.checked = selected.includes(value);
			const count = document.createElement('span');
			count.className = 'search-facet__count';
			count.textContent = String(counts[facet]?.[value] ?? 0);
			row.append(box, ` ${value} `, count);
			return row;
		};
		fieldset.append(...values.slice(0, VISIBLE_VALUES).map(option));
		if (values.length > VISIBLE_VALUES) {
			const more = document.createElement('details');
			const summary = document.createElement('summary');
			summary.textContent = `${values.length - VISIBLE_VALUES} more`;
			more.append(summary, ...values.slice(VISIBLE_VALUES).map(option));
			fieldset.append(more);
		}
		return [fieldset];
	});
	container.replaceChildren(...groups);
}

/** Wires the `[data-search-page]` element. */
export function initSearchPage(page: HTMLElement, getEngine: () => Promise<SearchEngine>): void {
	const form = page.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const facets = page.querySelector<HTMLElement>('[data-search-facets]')!;
	const status = page.querySelector<HTMLElement>('[data-search-status]')!;
	const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let state: SearchState = parseSearchState(location.search);
	let outcome: SearchOutcome | null = null;
	let shown = 0;
	let generation = 0;

	// Phones start with the filters folded (see search.astro); a linked filter keeps them open.
	const folder = page.querySelector<HTMLDetailsElement>('[data-search-filters]');
	if (folder && matchMedia('(max-width: 48rem)').matches) folder.open = Object.keys(state.filters).length > 0;

	input.value = state.q;
	if ([...sort.options].some((o) => o.value === state.sort)) sort.value = state.sort;

	const showMore = async () => {
		if (!outcome) return;
		const mine = generation;
		const results = await outcome.load(shown, shown + PAGE);
		if (mine !== generation) return;
		list.append(...results.map((r) => renderResult(r)));
		shown += results.length;
		more.hidden = shown >= outcome.total;
	};

	const run = async () => {
		const mine = ++generation;
		const query = formatSearchState(state);
		history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
		status.textContent = 'Searching…';
		try {
			const engine = await getEngine();
			const result = await engine.run(state);
			if (mine !== generation) return;
			outcome = result;
			shown = 0;
			list.replaceChildren();
			renderFacets(facets, result.counts, state.filters);
			page.dataset.engine = engine.kind;
			// The count is announced (aria-live) once the first results are on the page, not before.
			await showMore();
			if (mine !== generation) return;
			const anything = state.q.trim() || Object.values(state.filters).some((v) => v.length);
			status.textContent = !anything
				? 'Type a query or choose a filter.'
				: `${result.total} ${result.total === 1 ? 'paper' : 'papers'}${state.q.trim() ? ` for “${state.q.trim()}”` : ''}`;
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

	input.addEventListener('input', debounce(() => (readForm(), void run()), 150));
	sort.addEventListener('change', () => (readForm(), void run()));
	facets.addEventListener('change', () => (readForm(), void run()));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		readForm();
		void run();
	});
	more.addEventListener('click', () => void showMore());
	void run();
}
