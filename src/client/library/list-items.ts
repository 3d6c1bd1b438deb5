/**
 * The papers of the page's lists, seen by the library: every item of a list marked
 * `data-library-list` (PaperList.astro, the all-papers table) or of the search page's results
 * gets a select box and a reading-mark menu, and is shown or hidden by the mark filter. Items
 * carry nothing for this in the HTML: the paper id is read from the title link.
 */
import type { LibraryStore } from './library-store.ts';
import type { Mark } from './marks-file.ts';

/** Lists the library decorates; the search page's results are re-rendered as one types. */
export const LIST_SELECTOR = '[data-library-list], [data-search-results]';

/** What the mark filter keeps: all, one mark, or the unmarked papers. */
export type MarkFilter = '' | Mark | 'unmarked';

const MARK_LABELS: [value: '' | Mark, label: string][] = [
	['', 'No mark'],
	['to-read', 'To read'],
	['read', 'Read'],
];

/** The paper id in a paper page's URL, over http(s) or on disk (`papers/<id>/index.html`). */
export function paperIdOf(href: string): string | null {
	return /\/papers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?(?:[?#]|$)/.exec(href)?.[1] ?? null;
}

/** The items (rows for a table) of a list. */
function itemsOf(list: Element): HTMLElement[] {
	return [...list.querySelectorAll<HTMLElement>(list instanceof HTMLTableElement ? ':scope > tbody > tr' : ':scope > li')];
}

/** Every decorated item of the page. */
export const libraryItems = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('[data-library-id]')];

/** Adds the controls to the items of `list` not yet decorated. */
export function decorateList(list: Element, store: LibraryStore): void {
	for (const item of itemsOf(list)) {
		if (item.dataset.libraryId) continue;
		const link = [...item.querySelectorAll('a')].find((a) => paperIdOf(a.href));
		if (!link) continue;
		const id = paperIdOf(link.href)!;
		item.dataset.libraryId = id;
		const title = link.textContent!.trim();

		const pick = document.createElement('input');
		pick.type = 'checkbox';
		pick.className = 'library-pick';
		pick.setAttribute('aria-label', `Select “${title}”`);
		pick.addEventListener('change', () => store.setSelected([id], pick.checked));

		const mark = document.createElement('select');
		mark.className = 'library-mark';
		mark.setAttribute('aria-label', `Reading mark of “${title}”`);
		for (const [value, label] of MARK_LABELS) mark.add(new Option(label, value));
		mark.addEventListener('change', () => store.setMark(id, (mark.value || undefined) as Mark | undefined));

		link.before(pick, ' ');
		const controls = document.createElement('span');
		controls.className = 'library-controls';
		controls.append(mark);
		link.after(' ', controls);
		syncItem(item, store);
	}
}

/** Shows the stored selection and mark on an item. */
export function syncItem(item: HTMLElement, store: LibraryStore): void {
	const id = item.dataset.libraryId!;
	const mark = store.markOf(id);
	item.querySelector<HTMLInputElement>('.library-pick')!.checked = store.isSelected(id);
	item.querySelector<HTMLSelectElement>('.library-mark')!.value = mark ?? '';
	if (mark) item.dataset.libraryMark = mark;
	else delete item.dataset.libraryMark;
}

/** Whether the mark filter keeps a paper with `mark`. */
export const passesMarkFilter = (filter: MarkFilter, mark: Mark | undefined): boolean =>
	filter === '' || (filter === 'unmarked' ? !mark : mark === filter);

/** Hides the items the mark filter leaves out (by class: the table's own filter uses `hidden`). */
export function applyMarkFilter(filter: MarkFilter, store: LibraryStore): void {
	for (const item of libraryItems()) {
		item.classList.toggle('library-filtered', !passesMarkFilter(filter, store.markOf(item.dataset.libraryId!)));
	}
}

/** The ids of the items the reader can see (after every filter), in page order, once each. */
export function shownIds(): string[] {
	const ids = libraryItems()
		.filter((item) => item.getClientRects().length > 0)
		.map((item) => item.dataset.libraryId!);
	return [...new Set(ids)];
}
