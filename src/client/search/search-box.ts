/**
 * The search box in every page's header: results appear under it as one types; Enter
 * opens the search page with the query (`/` focusing it is `page.js`'s: ../page/search-on-demand.ts); arrow keys move
 * through the results and Escape closes them.
 */
import type { SearchEngine } from './engines.ts';
import { debounce, renderResult } from './render.ts';

/** Results in the header box; "All N results" opens the search page for more. Each one costs a fragment download (about 1.3 kB). */
const SHOWN = 5;

/** The results panel under the box, announced as it changes; the page's markup has no empty one. */
function addResultsPanel(box: HTMLFormElement, input: HTMLInputElement): HTMLElement {
	const panel = document.createElement('div');
	panel.id = `${input.id}-results`;
	panel.dataset.searchBoxResults = '';
	panel.setAttribute('aria-live', 'polite');
	panel.hidden = true;
	box.append(panel);
	input.setAttribute('aria-controls', panel.id);
	return panel;
}

/** Wires one `.search-box` form to the engine `getEngine` resolves to. */
export function initSearchBox(box: HTMLFormElement, getEngine: () => Promise<SearchEngine>, searchPageUrl: string): void {
	const input = box.querySelector<HTMLInputElement>('input[type="search"]')!;
	const panel = addResultsPanel(box, input);
	let generation = 0;

	const close = () => {
		panel.hidden = true;
	};
	const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

	const update = debounce(async () => {
		const q = input.value.trim();
		const mine = ++generation;
		if (!q) return close();
		let html: Node[];
		try {
			const engine = await getEngine();
			const outcome = await engine.run({ q, filters: {}, sort: 'relevance' });
			// A reader still typing has made this query stale: its result fragments would be
			// fetched for nothing.
			if (mine !== generation) return;
			const results = await outcome.load(0, SHOWN);
			if (mine !== generation) return;
			const list = document.createElement('ol');
			list.className = 'search-box__list';
			list.append(...results.map((r) => renderResult(r, true)));
			const more = document.createElement('a');
			more.className = 'search-box__all';
			more.href = `${searchPageUrl}?q=${encodeURIComponent(q)}`;
			more.textContent = !outcome.total
				? 'No paper matches. Open the search page'
				: outcome.total === 1
					? 'Open on the search page'
					: `All ${outcome.total} results`;
			html = [list, more];
			const corrected = await engine.suggest(q, outcome.total);
			if (corrected) {
				const hint = document.createElement('p');
				hint.className = 'search-box__suggestion';
				const link = document.createElement('a');
				link.href = `${searchPageUrl}?q=${encodeURIComponent(corrected)}`;
				link.textContent = corrected;
				hint.append('Did you mean ', link, '?');
				// Under the results the query found, which are what the reader asked for; first when there are none.
				html.splice(outcome.total ? 1 : 0, 0, hint);
			}
		} catch (error) {
			const p = document.createElement('p');
			p.textContent = `Search is unavailable: ${(error as Error).message}`;
			html = [p];
		}
		if (mine !== generation) return;
		panel.replaceChildren(...html);
		panel.hidden = false;
	}, 120);

	input.addEventListener('input', update);
	input.addEventListener('focus', () => void getEngine().catch(() => {}), { once: true });
	// This script loads on the reader's first focus or key: what they typed meanwhile is
	// already in the box, with no listener to hear it, so search it now.
	if (document.activeElement === input) {
		void getEngine().catch(() => {});
		if (input.value.trim()) update();
	}
	box.addEventListener('submit', (event) => {
		event.preventDefault();
		location.href = `${searchPageUrl}${input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : ''}`;
	});
	box.addEventListener('keydown', (event) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			close();
			input.focus();
		} else if (event.key === 'ArrowDown' && !panel.hidden && all.length) {
			event.preventDefault();
			all[Math.min(at + 1, all.length - 1)]!.focus();
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			(at === 0 ? input : all[at - 1]!).focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!box.contains(event.target as Node)) close();
	});
}
