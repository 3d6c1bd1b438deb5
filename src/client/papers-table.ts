/**
 * Entry of `papers-table.js`: sorting (column buttons) and filtering (text, topic, year, code)
 * of the all-papers table (src/pages/papers/index.astro), without a server. Rows carry no
 * classes or data attributes: at 10,000 papers every byte of a row counts ten thousand times,
 * so sort values, years and topics are read from the cells.
 */

/** What the filters compare, read once from a row's cells. */
interface RowInfo {
	title: string;
	year: string;
	topics: string[];
	code: string;
}

/** The filter form's fields (papers/index.astro). */
interface FilterFields extends HTMLFormControlsCollection {
	q: HTMLInputElement;
	topic: HTMLSelectElement;
	year: HTMLSelectElement;
	code: HTMLSelectElement;
}

/** The cell text that stands for "no value", which sorts below every real one. */
const MISSING = '—';

function start(): void {
	const table = document.getElementById('paper-table') as HTMLTableElement;
	const form = document.getElementById('paper-filters') as HTMLFormElement;
	const count = document.getElementById('paper-count')!;
	const body = table.tBodies[0]!;
	const rows = [...body.rows];
	const headers = [...table.tHead!.rows[0]!.cells];
	const column = (label: string) => headers.findIndex((th) => th.textContent!.trim() === label);
	const [published, topics, code] = ['Published', 'Topics', 'Code'].map(column) as [number, number, number];
	const fields = form.elements as FilterFields;
	// A row names its topics by title, "; " between them; the topic filter's options pair titles with ids.
	const topicIds = [...fields.topic.options].filter((o) => o.value).map((o) => [`; ${o.text}; `, o.value] as const);
	const topicsOf = (cell: HTMLTableCellElement) => {
		const text = `; ${cell.textContent!.trim()}; `;
		return topicIds.filter(([title]) => text.includes(title)).map(([, id]) => id);
	};
	const info = new Map<HTMLTableRowElement, RowInfo>(
		rows.map((row) => [
			row,
			{
				title: row.cells[0]!.textContent!.toLowerCase(),
				year: row.cells[published]!.textContent!.slice(0, 4),
				topics: topicsOf(row.cells[topics]!),
				code: row.cells[code]!.textContent!,
			},
		]),
	);
	form.hidden = false;
	// Filtering happens as one types; there is nothing to submit.
	form.addEventListener('submit', (e) => e.preventDefault());
	headers.forEach((th, index) => {
		if (th.dataset.sort) makeSortable(th, index, headers, rows, body);
	});
	const apply = () => {
		let shown = 0;
		for (const row of rows) {
			const ok = matches(info.get(row)!, fields);
			row.hidden = !ok;
			if (ok) shown++;
		}
		count.textContent = shown === rows.length ? `${rows.length} papers` : `${shown} of ${rows.length} papers`;
		saveFilters(form);
	};
	// The form state is kept in the URL, so a filtered table can be linked.
	if (restoreFilters(form)) apply();
	form.addEventListener('input', apply);
}

/** Whether a row passes the filters. */
function matches(row: RowInfo, fields: FilterFields): boolean {
	const q = fields.q.value.trim().toLowerCase();
	const { value: topic } = fields.topic;
	const { value: year } = fields.year;
	const { value: wanted } = fields.code;
	return (!q || row.title.includes(q)) && (!topic || row.topics.includes(topic)) && (!year || row.year === year) && (!wanted || row.code === wanted);
}

/** Turns a sortable header into a button; a second press reverses the order. */
function makeSortable(th: HTMLTableCellElement, index: number, headers: HTMLTableCellElement[], rows: HTMLTableRowElement[], body: HTMLTableSectionElement): void {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = th.textContent;
	th.textContent = '';
	th.append(button);
	button.addEventListener('click', () => {
		const descending = th.getAttribute('aria-sort') === 'ascending';
		for (const h of headers) h.removeAttribute('aria-sort');
		th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
		const numeric = th.dataset.sort === 'num';
		const keyed = rows.map((row) => {
			const text = row.cells[index]!.textContent!.trim();
			const key = numeric ? (text === MISSING ? -1 : Number(text)) : text === MISSING ? '' : text.toLowerCase();
			return [key, row] as const;
		});
		keyed.sort(([x], [y]) => {
			const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
			return descending ? -order : order;
		});
		body.append(...keyed.map(([, row]) => row));
	});
}

/** Fills the form from the URL's query; true if the URL had one. */
function restoreFilters(form: HTMLFormElement): boolean {
	const params = new URLSearchParams(location.search);
	for (const el of form.elements as Iterable<HTMLInputElement | HTMLSelectElement>) if (el.name && params.has(el.name)) el.value = params.get(el.name)!;
	return [...params.keys()].length > 0;
}

/** Writes the form's filled fields to the URL, without a history entry per keystroke. */
function saveFilters(form: HTMLFormElement): void {
	// Parameters that are not the form's (the library's mark filter) stay.
	const next = new URLSearchParams(location.search);
	for (const el of form.elements as Iterable<HTMLInputElement | HTMLSelectElement>) {
		if (el.name && el.value) next.set(el.name, el.value);
		else if (el.name) next.delete(el.name);
	}
	const query = next.toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// Loaded by an inline bootstrap and fetched asynchronously: the table may still be parsing.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
