/**
 * The map page's one script (`map.js`, loaded only there): makes the dots links, then shows
 * the links of the focused paper and of no other. Positions, labels and the list are in the
 * HTML: the dots are drawn as one path per cluster, "M x yh0" a dot, in the list's order, and
 * each becomes a link (with the row's title as its name and tooltip) to the paper of the row
 * at its position, so no paper's link and title are written twice. Each dot's links come from
 * the page's JSON (`#map-links`, see src/lib/map-view.ts), by dot index.
 *
 * Hovering or focusing a dot or a title in the list shows that paper: its edges drawn, its
 * linked dots and list rows marked, and the note above the map naming its links.
 * A tap or click on a dot first shows it (touch screens have no hover); a second one, or
 * Enter, opens the paper. Escape clears the map.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const svg = document.querySelector<SVGSVGElement>('.map-canvas svg')!;
const edges = svg.querySelector('.map-edges')!;
const items = [...document.querySelectorAll<HTMLAnchorElement>('.map-list li > a')];

/** A row's title as text: a typeset title's MathML, without its TeX source and KaTeX's visual copy. */
function plainTitle(item: HTMLAnchorElement): string {
	const copy = item.cloneNode(true) as HTMLElement;
	for (const hidden of copy.querySelectorAll('.katex-html, annotation')) hidden.remove();
	return copy.textContent!.trim();
}

/** The drawn dots as links, in the list's order, in place of the paths that drew them. */
function makeDots(): SVGAElement[] {
	const made: SVGAElement[] = [];
	const drawn = svg.querySelector('.map-dots')!;
	for (const path of drawn.querySelectorAll('path')) {
		const fill = path.getAttribute('stroke')!;
		for (const [, cx, cy] of path.getAttribute('d')!.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)) {
			const item = items[made.length]!;
			const a = document.createElementNS(SVG_NS, 'a');
			a.setAttribute('href', item.getAttribute('href')!);
			const title = document.createElementNS(SVG_NS, 'title');
			title.textContent = plainTitle(item);
			const circle = document.createElementNS(SVG_NS, 'circle');
			for (const [name, value] of Object.entries({ cx: cx!, cy: cy!, r: '9', fill })) circle.setAttribute(name, value);
			a.append(title, circle);
			made.push(a);
		}
	}
	svg.append(...made);
	drawn.remove();
	return made;
}

const dots = makeDots();
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
