/**
 * DOM for search results, shared by the header box and the search page.
 */
import type { ResultView } from './engines.ts';

/** "16 May 2023", "May 2023" or "2023" from an ISO date as precise as it is, in UTC like the rest of the site. */
function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
	const d = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
	if (!month || Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('en-GB', { day: day ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** One result: a linked title, its date and the highlighted excerpt. */
export function renderResult(result: ResultView, withExcerpt = true): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const link = document.createElement('a');
	link.href = result.url;
	link.className = 'search-result__title';
	link.textContent = result.title;
	item.append(link);
	if (result.date) {
		const time = document.createElement('time');
		time.dateTime = result.date;
		time.className = 'search-result__date';
		time.textContent = formatDate(result.date);
		item.append(' ', time);
	}
	if (withExcerpt && result.excerpt) {
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		// Both engines escape the text and add only <mark> elements.
		excerpt.innerHTML = result.excerpt;
		item.append(excerpt);
	}
	return item;
}

/** Calls `fn` once input has paused for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (...args) => {
		clearTimeout(timer);
		timer = setTimeout(() => fn(...args), ms);
	};
}
