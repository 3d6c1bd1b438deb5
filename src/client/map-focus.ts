/**
 * The map page's one script (`map.js`, loaded only there): shows the links of the focused
 * paper and of no other. Dots, positions, labels and the list are in the HTML; each dot's
 * links come from the page's JSON (`#map-links`, see src/lib/map-view.ts), by dot index,
 * and the list holds the same papers in the same order.
 *
 * Hovering or focusing a dot or a title in the list shows that paper: its edges drawn, its
 * linked dots and list rows marked, and the note above the map naming its links.
 * A tap or click on a dot first shows it (touch screens have no hover); a second one, or
 * Enter, opens the paper. Escape clears the map.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const svg = document.querySelector<SVGSVGElement>('.map-canvas svg')!;
const edges = svg.querySelector('.map-edges')!;
const dots = [...svg.querySelectorAll<SVGAElement>(':scope > a')];
const items = [...document.querySelectorAll<HTMLAnchorElement>('.map-list li > a')];
const list = document.querySelector<HTMLElement>('.map-list')!;
const note = document.querySelector<HTMLElement>('.map-focus')!;
const links = JSON.parse(document.getElementById('map-links')!.textContent!) as number[][];
const indexOf = new Map<Element, number>([...dots.map((a, i) => [a, i] as const), ...items.map((a, i) => [a, i] as const)]);
const idle = [...note.childNodes];

/** The paper chosen by focus or tap (-1: none), and the one shown (may be a hovered one). */
let chosen = -1;
let shown = -1;

const centre = (i: number) => {
	const circle = dots[i]!.querySelector('circle')!;
	return [circle.getAttribute('cx')!, circle.getAttribute('cy')!] as const;
};

/** Titles of papers as links, taken from the list (so typeset titles stay typeset). */
function titles(indices: number[]): Node[] {
	return indices.flatMap((j, k) => [...(k ? [document.createTextNode('; ')] : []), items[j]!.cloneNode(true)]);
}

/** The note above the map: the paper and what it is linked to. */
function describe(i: number, related: number[], sharing: number[]): Node[] {
	const parts: Node[] = [items[i]!.cloneNode(true)];
	if (related.length) parts.push(document.createTextNode(' · related: '), ...titles(related));
	if (sharing.length) parts.push(document.createTextNode(' · shares a rare entity with: '), ...titles(sharing));
	if (!related.length && !sharing.length) parts.push(document.createTextNode(' · no linked papers'));
	return parts;
}

/** Shows paper `i` on the map (its edges, marks and note), or nothing for -1. */
function show(i: number): void {
	if (i === shown) return;
	shown = i;
	for (const el of document.querySelectorAll('.map-canvas .is-focused, .map-canvas .is-linked, .map-list .is-focused, .map-list .is-linked')) el.classList.remove('is-focused', 'is-linked');
	edges.replaceChildren();
	svg.classList.toggle('has-focus', i >= 0);
	if (i < 0) {
		note.replaceChildren(...idle);
		return;
	}
	const [x1, y1] = centre(i);
	const related: number[] = [];
	const sharing: number[] = [];
	for (const link of links[i] ?? []) {
		const j = link < 0 ? ~link : link;
		(link < 0 ? sharing : related).push(j);
		const [x2, y2] = centre(j);
		const line = document.createElementNS(SVG_NS, 'line');
		for (const [name, value] of Object.entries({ x1, y1, x2, y2, class: link < 0 ? 'entity' : 'related' })) line.setAttribute(name, value);
		edges.append(line);
		dots[j]!.classList.add('is-linked');
		items[j]!.parentElement!.classList.add('is-linked');
	}
	dots[i]!.classList.add('is-focused');
	const row = items[i]!.parentElement!;
	row.classList.add('is-focused');
	// Beside the map the list scrolls on its own: bring the row into it, never the page.
	if (list.scrollHeight > list.clientHeight + 1 && getComputedStyle(list).overflowY !== 'visible') {
		const [r, l] = [row.getBoundingClientRect(), list.getBoundingClientRect()];
		if (r.top < l.top || r.bottom > l.bottom) list.scrollTop += r.top - l.top - l.height / 2;
	}
	note.replaceChildren(...describe(i, related, sharing));
}

const target = (event: Event) => {
	const a = (event.target as Element).closest?.('a');
	return a ? (indexOf.get(a) ?? -1) : -1;
};

for (const area of [svg, list]) {
	area.addEventListener('focusin', (event) => {
		const i = target(event);
		if (i >= 0) show((chosen = i));
	});
	area.addEventListener('mouseover', (event) => {
		const i = target(event);
		if (i >= 0) show(i);
	});
	area.addEventListener('mouseout', (event) => {
		const to = (event as MouseEvent).relatedTarget;
		if (!(to instanceof Element && indexOf.has(to.closest('a')!))) show(chosen);
	});
}

// A dot chosen before this press opens on click; otherwise the press only chooses it.
let pressedChosen = false;
svg.addEventListener('pointerdown', (event) => {
	pressedChosen = target(event) === chosen && chosen >= 0;
});
svg.addEventListener('click', (event) => {
	const i = target(event);
	// `detail` is 0 for Enter, which opens the paper at once.
	if (i < 0 || (event as MouseEvent).detail === 0 || pressedChosen) return;
	event.preventDefault();
	show((chosen = i));
});

document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') show((chosen = -1));
});
