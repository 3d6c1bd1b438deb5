/**
 * The search page's filter controls: a fieldset of checkboxes per facet (values past the
 * first few folded under "N more", which stays open once the reader opened it), and the
 * active filters as removable chips with "Clear all".
 */
import { FACETS, facetValueLabel, filterChipText, type FacetCounts, type FilterSelection } from './filters.ts';

/** Facet values shown before "More"; the entity facet can hold hundreds. */
const VISIBLE_VALUES = 10;

/**
 * A facet's values in the order shown: years newest first; others by count, then name, with `last`
 * (the "Other papers" topic: however large, no subject to narrow by) after them all.
 *
 * @example orderValues('topic', { 'Other papers': 9, 'World models': 3 }, [], new Set(['Other papers'])) // ['World models', 'Other papers']
 */
export function orderValues(facet: string, counts: Record<string, number>, selected: readonly string[], last: ReadonlySet<string> = new Set()): string[] {
	const values = [...new Set([...Object.keys(counts), ...selected])];
	if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
	return values.sort((a, b) => Number(last.has(a)) - Number(last.has(b)) || (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'en'));
}

/**
 * Renders the facets into `container`. `open` names the facets whose "more" list the reader
 * opened; it is kept up to date as they open and close it, so a new render keeps them open.
 * `last` holds, per facet, the values listed after all others (`orderValues`).
 */
export function renderFacets(
	container: HTMLElement,
	counts: FacetCounts,
	filters: FilterSelection,
	open: Set<string>,
	last: Readonly<Record<string, ReadonlySet<string>>> = {},
): void {
	const groups = FACETS.flatMap(([facet, label]) => {
		const selected = filters[facet] ?? [];
		const values = orderValues(facet, counts[facet] ?? {}, selected, last[facet]).filter((v) => (counts[facet]?.[v] ?? 0) > 0 || selected.includes(v));
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
			row.append(box, ` ${facetValueLabel(facet, value)} `, count);
			return row;
		};
		fieldset.append(...values.slice(0, VISIBLE_VALUES).map(option));
		if (values.length > VISIBLE_VALUES) {
			const more = document.createElement('details');
			more.dataset.facet = facet;
			const summary = document.createElement('summary');
			summary.textContent = `${values.length - VISIBLE_VALUES} more`;
			more.append(summary, ...values.slice(VISIBLE_VALUES).map(option));
			// Open too when it holds a chosen value (a linked search), so no active filter is hidden.
			more.open = open.has(facet) || values.slice(VISIBLE_VALUES).some((v) => selected.includes(v));
			more.addEventListener('toggle', () => (more.open ? open.add(facet) : open.delete(facet)));
			fieldset.append(more);
		}
		return [fieldset];
	});
	container.replaceChildren(...groups);
}

/**
 * Renders one chip per active filter (a button that removes it) and "Clear all" into
 * `container`, hidden when no filter is active. `onChange` gets the filters left.
 */
export function renderChips(container: HTMLElement, filters: FilterSelection, onChange: (filters: FilterSelection) => void): void {
	const labels = new Map(FACETS);
	const chips = FACETS.flatMap(([facet]) =>
		(filters[facet] ?? []).map((value) => {
			const chip = document.createElement('button');
			chip.type = 'button';
			chip.className = 'search-chip';
			chip.dataset.facet = facet;
			chip.dataset.value = value;
			const text = filterChipText(facet, labels.get(facet)!, value);
			chip.setAttribute('aria-label', `Remove filter ${text}`);
			chip.textContent = `${text} ×`;
			chip.addEventListener('click', () =>
				onChange({ ...filters, [facet]: (filters[facet] ?? []).filter((v) => v !== value) }),
			);
			return chip;
		}),
	);
	if (chips.length) {
		const clear = document.createElement('button');
		clear.type = 'button';
		clear.className = 'search-chip search-chip--clear';
		clear.textContent = 'Clear all';
		clear.addEventListener('click', () => onChange({}));
		chips.push(clear);
	}
	container.replaceChildren(...chips);
	container.hidden = !chips.length;
}
