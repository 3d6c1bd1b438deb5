/**
 * The library's toolbar, put before the page's first list: how many papers are selected and
 * marked, selecting the shown papers, exporting the selection (one button per export format),
 * the mark filter, and exporting or importing the marks as a file.
 */
import { EXPORT_FORMATS } from './export-formats.ts';
import { citationFields, withAbstract } from './citation-data.ts';
import { download, loadAbstracts, loadCitationData, readText } from './files.ts';
import type { LibraryStore } from './library-store.ts';
import { requestResultIds } from '../search/result-ids.ts';
import { applyMarkFilter, passesMarkFilter, shownIds, type MarkFilter } from './list-items.ts';
import { readMarkFilter, withMarkFilter } from './mark-url.ts';
import { mergeMarks, parseMarks, serializeMarks } from './marks-file.ts';

const FILTERS: [MarkFilter, string][] = [
	['', 'All papers'],
	['to-read', 'To read'],
	['read', 'Read'],
	['unmarked', 'Not marked'],
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function button(text: string, onClick: () => void): HTMLButtonElement {
	const el = document.createElement('button');
	el.type = 'button';
	el.textContent = text;
	el.addEventListener('click', onClick);
	return el;
}

function group(label: string, ...children: (Node | string)[]): HTMLDivElement {
	const el = document.createElement('div');
	el.className = 'library-bar__group';
	el.setAttribute('role', 'group');
	el.setAttribute('aria-label', label);
	el.append(...children);
	return el;
}

/** Where the export data files are. */
export interface ExportDataUrls {
	/** `library-data.js`: citation fields, cached for offline use on a first visit. */
	citations: string;
	/** `search-data.js`, whose abstracts are left out of an export when it cannot load. */
	abstracts: string;
}

/**
 * Builds the toolbar; `dataUrls` says where the export data is; `searchResults` is the search
 * page's result list, whose whole result (every page of it) the selection button selects.
 * Returns the bar and its refresh.
 */
export function createLibraryBar(store: LibraryStore, dataUrls: ExportDataUrls, searchResults?: Element): { bar: HTMLElement; refresh: () => void } {
	const bar = document.createElement('section');
	bar.className = 'library-bar';
	bar.setAttribute('aria-label', 'Your library');
	const heading = document.createElement('h2');
	heading.className = 'library-bar__title';
	heading.textContent = 'Your library';
	const summary = document.createElement('p');
	summary.className = 'library-bar__summary';
	const status = document.createElement('p');
	status.className = 'library-bar__status';
	status.setAttribute('role', 'status');
	const say = (text: string) => (status.textContent = text);

	const exportButtons = EXPORT_FORMATS.map((format) =>
		button(format.label, async () => {
			try {
				const [citations, abstracts] = await Promise.all([loadCitationData(dataUrls.citations), loadAbstracts(dataUrls.abstracts)]);
				const records = store.selection.flatMap((id) => {
					const fields = citationFields(citations, id);
					return fields ? [withAbstract(fields, abstracts)] : [];
				});
				download(format.write(records), `paperfold-selection.${format.extension}`, format.mime);
				const missing = store.selection.length - records.length;
				const notes = [missing ? `${missing} no longer on the site` : '', abstracts ? '' : 'without abstracts, which are not available offline'].filter(Boolean);
				say(`Exported ${plural(records.length, 'paper')} as ${format.label}${notes.length ? ` (${notes.join('; ')})` : ''}.`);
			} catch (error) {
				say(`Could not export: ${(error as Error).message}.`);
			}
		}),
	);
	for (const [i, b] of exportButtons.entries()) b.setAttribute('aria-label', `Export the selection as ${EXPORT_FORMATS[i]!.label}`);

	const filter = document.createElement('select');
	filter.className = 'library-bar__filter';
	for (const [value, label] of FILTERS) filter.add(new Option(label, value));
	filter.value = readMarkFilter(location.search);
	// A new history entry, as the search page's filters make: Back shows the list as it was.
	filter.addEventListener('change', () => {
		history.pushState(history.state, '', withMarkFilter(location.href, filter.value as MarkFilter));
		applyMarkFilter(filter.value as MarkFilter, store);
	});
	window.addEventListener('popstate', () => {
		filter.value = readMarkFilter(location.search);
		applyMarkFilter(filter.value as MarkFilter, store);
	});
	const filterLabel = document.createElement('label');
	filterLabel.append('Show ', filter);

	/** Selects the shown papers; on the search page, every paper of the result the mark filter keeps. */
	const selectShown = async () => {
		const whole = searchResults ? requestResultIds(searchResults) : null;
		if (!whole) {
			const ids = shownIds();
			store.setSelected(ids, true);
			say(`Selected ${plural(ids.length, 'shown paper')}.`);
			return;
		}
		try {
			const all = await whole;
			const kept = all.filter((id) => passesMarkFilter(filter.value as MarkFilter, store.markOf(id)));
			store.setSelected(kept, true);
			say(`Selected ${plural(kept.length, 'paper')}: ${kept.length === all.length ? 'the whole search result' : `those of the ${all.length} results the mark filter shows`}.`);
		} catch (error) {
			say(`Could not select the search result: ${(error as Error).message}.`);
		}
	};

	const picker = document.createElement('input');
	picker.type = 'file';
	picker.accept = '.json,application/json';
	picker.hidden = true;
	picker.addEventListener('change', async () => {
		const file = picker.files?.[0];
		picker.value = '';
		if (!file) return;
		try {
			const imported = parseMarks(await readText(file), file.name);
			store.replaceMarks(mergeMarks(store.marks, imported));
			say(`Imported ${plural(Object.keys(imported).length, 'mark')} from ${file.name}.`);
		} catch (error) {
			say((error as Error).message);
		}
	});

	bar.append(
		heading,
		summary,
		group(
			'Selection',
			button(searchResults ? 'Select all results' : 'Select shown', () => void selectShown()),
			button('Clear selection', () => store.clearSelection()),
			' Export selection: ',
			...exportButtons,
		),
		group(
			'Reading marks',
			filterLabel,
			button('Export marks', () => {
				download(serializeMarks(store.marks), 'paperfold-marks.json', 'application/json');
				say(`Exported ${plural(Object.keys(store.marks).length, 'mark')}.`);
			}),
			button('Import marks…', () => picker.click()),
			picker,
		),
		status,
	);

	const refresh = () => {
		const marks = Object.values(store.marks);
		const read = marks.filter((m) => m === 'read').length;
		summary.textContent = `${plural(store.selection.length, 'paper')} selected · ${read} read · ${marks.length - read} to read`;
		for (const b of exportButtons) b.disabled = store.selection.length === 0;
		applyMarkFilter(filter.value as MarkFilter, store);
	};
	refresh();
	return { bar, refresh };
}
