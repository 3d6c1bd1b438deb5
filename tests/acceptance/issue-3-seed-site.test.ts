/**
 * Acceptance, issue 3 (annotation engine) on the built default site (`inject('site')`,
 * under a GitHub Pages base path): entity index and entity pages with claims tables and
 * their CSV downloads, the glossary, the marked abstract of every paper page, the
 * `papers.json` export with its spans, Pagefind filter attributes, and the map page.
 * Everything is read from `dist/`; `papers.json` is the reference the pages are checked
 * against, and it is itself checked against the abstracts it carries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { findSpans, pageDirs, parseCsv, placeElements, readPapersJson, textContent, type ExportedPaper } from './support.ts';

const site = inject('site');
const base = site.base;
const collection = readPapersJson(site.dist);
const papers = collection.papers;
const byId = new Map(papers.map((p) => [p.id, p]));
const TYPES = ['method', 'algorithm', 'model', 'dataset'] as const;

const href = (el: Element) => String(el.properties.href);
const paperHref = (id: string) => `${base}papers/${id}/`;
const entityHref = (type: string, id: string) => `${base}entities/${type}/${id}/`;
/** `dist/` file a based, root-relative href points to. */
const fileOf = (url: string) => {
	const path = url.slice(base.length).split('#')[0]!;
	return join(site.dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
};

/** Every entity of the collection by `type/id`, with the papers naming it and the claims about it. */
const entities = new Map<string, { type: string; id: string; papers: Set<string>; claims: { paper: ExportedPaper; claim: ExportedPaper['claims'][number] }[] }>();
for (const paper of papers) {
	for (const e of paper.entities) {
		const key = `${e.type}/${e.id}`;
		if (!entities.has(key)) entities.set(key, { type: e.type, id: e.id, papers: new Set(), claims: [] });
		entities.get(key)!.papers.add(paper.id);
	}
}
for (const paper of papers) {
	for (const claim of paper.claims) for (const key of new Set(claim.about)) entities.get(key)?.claims.push({ paper, claim });
}

/** The `<ul>`/`<table>` etc. that follows `<h2 id=…>` on a page. */
function afterHeading(page: ReturnType<typeof readPage>, id: string): Element | undefined {
	return select(`h2#${id} ~ *`, page) ?? undefined;
}

describe('papers.json', () => {
	it('holds every built paper page, and nothing else', () => {
		expect(collection.format).toBe('paperfold-collection');
		expect(collection.count).toBe(papers.length);
		expect(papers.map((p) => p.id).sort()).toEqual(pageDirs(site.dist, 'papers'));
		for (const paper of papers) expect(paper.url).toBe(`https://example.github.io${paperHref(paper.id)}`);
	});

	it('gives every paper its typed annotations, topics, related papers and sources', () => {
		for (const paper of papers) {
			expect(paper.title.length, paper.id).toBeGreaterThan(0);
			expect(paper.abstract.length, paper.id).toBeGreaterThan(0);
			for (const e of paper.entities) {
				expect(TYPES, `${paper.id}: ${e.id}`).toContain(e.type);
				expect(['introduced', 'used'], `${paper.id}: ${e.id}`).toContain(e.role);
				expect(e.spans.length, `${paper.id}: ${e.id}`).toBeGreaterThan(0);
			}
			expect(Array.isArray(paper.acronyms) && Array.isArray(paper.claims) && Array.isArray(paper.related), paper.id).toBe(true);
			expect(paper.topics.length, paper.id).toBeGreaterThanOrEqual(1);
			expect(paper.sources.length, paper.id).toBeGreaterThanOrEqual(1);
		}
		// Not vacuous: the collection as a whole has all four entity types, acronyms, claims and related papers.
		const types = new Set(papers.flatMap((p) => p.entities.map((e) => e.type)));
		expect([...types].sort()).toEqual([...TYPES].sort());
		expect(papers.filter((p) => p.acronyms.length).length).toBeGreaterThan(10);
		expect(papers.filter((p) => p.claims.length).length).toBeGreaterThan(10);
		expect(papers.filter((p) => p.related.length).length).toBe(papers.length);
	});

	it('types the issue’s examples as the seed names them', () => {
		const has = (paperTitle: RegExp, type: string, name: string, role?: string) => {
			const paper = papers.find((p) => paperTitle.test(p.title));
			expect(paper, String(paperTitle)).toBeDefined();
			const found = paper!.entities.find((e) => e.type === type && e.name.toLowerCase() === name.toLowerCase() && (!role || e.role === role));
			expect(found, `${name} as ${role ?? ''} ${type} of ${paper!.title}`).toBeDefined();
		};
		has(/In-Context Preference Learning/, 'method', 'ICPL', 'introduced');
		has(/^RAMario/, 'algorithm', 'PPO');
		has(/^RAMario/, 'algorithm', 'DQN');
		has(/Language Understanding Capabilities/, 'model', 'LLaMA2-7B');
		has(/Language Understanding Capabilities/, 'dataset', 'GLUE');
	});

	it('puts every sentence of each abstract in exactly one summary part, in order, losing no text', () => {
		for (const paper of papers) {
			const spans = [...paper.summary.problem!, ...paper.summary.approach!, ...paper.summary.results!].sort((a, b) => a.start - b.start);
			let position = 0;
			for (const span of spans) {
				expect(span.start, `${paper.id}: "${span.text.slice(0, 40)}" overlaps the sentence before`).toBeGreaterThanOrEqual(position);
				expect(paper.abstract.slice(position, span.start).trim(), `${paper.id}: text left out before "${span.text.slice(0, 40)}"`).toBe('');
				position = span.end;
			}
			expect(paper.abstract.slice(position).trim(), `${paper.id}: text left out at the end`).toBe('');
		}
	});

	it('names at most five related papers per paper, each a paper of the collection with its title and shared terms', () => {
		for (const paper of papers) {
			expect(paper.related.length, paper.id).toBeLessThanOrEqual(5);
			for (const r of paper.related) {
				expect(byId.get(r.id)?.title, `${paper.id} → ${r.id}`).toBe(r.title);
				expect(r.id, paper.id).not.toBe(paper.id);
				expect(r.shared.length, `${paper.id} → ${r.id}`).toBeGreaterThan(0);
			}
		}
	});

	it('keeps every span of every paper true to its abstract: abstract.slice(start, end) === text', () => {
		let checked = 0;
		const wrong: string[] = [];
		for (const paper of papers) {
			for (const { path, span } of findSpans(paper)) {
				checked++;
				if (paper.abstract.slice(span.start, span.end) !== span.text || span.start > span.end) {
					wrong.push(`${paper.id} ${path}: [${span.start}, ${span.end}) is ${JSON.stringify(paper.abstract.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		// Each paper has at least its TL;DR and summary sentences as spans.
		expect(checked).toBeGreaterThan(papers.length * 3);
	});
});

describe('the entity pages', () => {
	it.each(TYPES)('have an index for the %s type linking every entity of that type', (type) => {
		const page = readPage(site.dist, `entities/${type}/`);
		const links = new Set(selectAll('main a[href]', page).map(href));
		const ofType = [...entities.values()].filter((e) => e.type === type);
		expect(ofType.length).toBeGreaterThan(0);
		for (const e of ofType) expect(links, `${type}/${e.id}`).toContain(entityHref(type, e.id));
	});

	it.each([
		['method', 'icpl'],
		['algorithm', 'ppo'],
		['model', 'llama2-7b'],
		['dataset', 'gsm8k'],
	])('include /entities/%s/%s/, listing the papers that mention it', (type, id) => {
		const entity = entities.get(`${type}/${id}`);
		expect(entity, `${type}/${id} in papers.json`).toBeDefined();
		const list = afterHeading(readPage(site.dist, `entities/${type}/${id}/`), 'papers');
		expect(selectAll('a[href]', list!).map(href).sort()).toEqual([...entity!.papers].map(paperHref).sort());
	});

	it('exist for every entity in papers.json and list exactly the papers that mention it', () => {
		const wrong: string[] = [];
		for (const [key, entity] of entities) {
			const file = join(site.dist, 'entities', key, 'index.html');
			if (!existsSync(file)) {
				wrong.push(`${key}: no page`);
				continue;
			}
			const list = afterHeading(readPage(site.dist, `entities/${key}/`), 'papers');
			const listed = list ? selectAll('a[href]', list).map(href).sort() : [];
			const expected = [...entity.papers].map(paperHref).sort();
			if (JSON.stringify(listed) !== JSON.stringify(expected)) wrong.push(`${key}: lists ${listed.join(' ')}; expected ${expected.join(' ')}`);
		}
		expect(entities.size).toBeGreaterThan(50);
		expect(wrong).toEqual([]);
	});

	it('show the claims about the entity as a (paper, claim, number) table', () => {
		const withClaims = [...entities.entries()].filter(([, e]) => e.claims.length);
		expect(withClaims.length).toBeGreaterThan(5);
		for (const [key, entity] of withClaims) {
			const page = readPage(site.dist, `entities/${key}/`);
			const headers = selectAll('main table thead th', page).map((th) => textContent(th).trim());
			expect(headers, key).toEqual(['Paper', 'Claim', 'Number']);
			const rows = selectAll('main table tbody tr', page).map((tr) => selectAll('td', tr).map((td) => textContent(td)));
			expect(rows, key).toEqual(entity.claims.map(({ paper, claim }) => [paper.title, claim.sentence.text, claim.value.text]));
			const paperLinks = selectAll('main table tbody tr td:first-child a', page).map(href);
			expect(paperLinks, key).toEqual(entity.claims.map(({ paper }) => paperHref(paper.id)));
		}
	});

	it('offer a CSV download whose rows are the rows of the claims table', () => {
		let files = 0;
		for (const [key, entity] of entities) {
			if (!entity.claims.length) continue;
			const page = readPage(site.dist, `entities/${key}/`);
			const download = selectAll('main a[href][download]', page).find((a) => href(a).endsWith('.csv'));
			expect(download, `${key}: CSV link`).toBeDefined();
			expect(href(download!).startsWith(base), key).toBe(true);
			const csvFile = fileOf(href(download!));
			expect(existsSync(csvFile), `${key}: ${csvFile}`).toBe(true);
			const [header, ...csvRows] = parseCsv(readFileSync(csvFile, 'utf8'));
			expect(header, key).toEqual(['paper', 'url', 'claim', 'number']);
			const tableRows = selectAll('main table tbody tr', page).map((tr) => selectAll('td', tr).map((td) => textContent(td)));
			expect(csvRows.map(([paper, , claim, number]) => [paper, claim, number]), key).toEqual(tableRows);
			expect(csvRows.map(([, url]) => url), key).toEqual(entity.claims.map(({ paper }) => paper.url));
			files++;
		}
		expect(files).toBeGreaterThan(5);
	});
});

describe('the issue’s named annotations, as the built site shows them', () => {
	const INTRODUCED: Record<string, RegExp> = {
		ICPL: /In-Context Preference Learning/,
		'CoT-Max': /^Boosting LLM Reasoning/,
		RELIEF: /^RELIEF/,
		LaMo: /^Unleashing the Power/,
		DPT: /^Supervised Pretraining Can Learn/,
		ReLIC: /^ReLIC/,
		'BFM-Zero': /^BFM-Zero/,
		I2S: /^From Harm to Help/,
		'Meta-DT': /^Meta-DT/,
		'Reason-RFT': /^Reason-RFT/,
		CLUTR: /^CLUTR/,
		SubPO: /^Submodular Reinforcement Learning/,
		SQIRL: /^The Effective Horizon/,
		BREEZE: /^Towards Robust Zero-Shot/,
		ONI: /^Online Intrinsic Rewards/,
		SRL: /^Overcoming Slow Decision/,
		PCL: /^Prompt Curriculum Learning/,
		CoPG: /^Contrastive Policy Gradient/,
		MBTL: /Model-Based Transfer Learning/,
	};
	const paperTitled = (title: RegExp) => {
		const found = papers.filter((p) => title.test(p.title));
		expect(found, String(title)).toHaveLength(1);
		return found[0]!;
	};

	it.each(Object.entries(INTRODUCED))('has a method page for %s saying its paper introduces it', (name, title) => {
		const paper = paperTitled(title);
		const entity = paper.entities.find((e) => e.type === 'method' && e.role === 'introduced' && e.name === name);
		expect(entity, `${name} introduced by ${paper.title}`).toBeDefined();
		const lede = select('main .lede', readPage(site.dist, `entities/method/${entity!.id}/`));
		expect(lede && textContent(lede), name).toContain('introduced by');
		expect(selectAll('a[href]', lede!).map(href)).toContain(paperHref(paper.id));
	});

	it.each([
		...['GSM8K', 'GLUE', 'SuperGLUE', 'MuJoCo', 'D4RL', 'Meta-World', 'MLEBench', 'NetHack'].map((name) => ['dataset', name]),
		['algorithm', 'PPO'],
		['algorithm', 'DQN'],
		['model', 'LLaMA2-7B'],
		['model', 'Qwen2.5-3B'],
	])('lists %s %s in its type index, linking its entity page', (type, name) => {
		const rows = selectAll('main table tbody tr', readPage(site.dist, `entities/${type}/`));
		const row = rows.find((tr) => textContent(select('th', tr)!).trim().toLowerCase() === name.toLowerCase());
		expect(row, `${name} in /entities/${type}/`).toBeDefined();
		const link = href(select('th a[href]', row!)!);
		expect(link.startsWith(`${base}entities/${type}/`)).toBe(true);
		expect(existsSync(fileOf(link)), link).toBe(true);
	});

	it('shows on every paper page its related papers, in order, each with the terms they share', () => {
		for (const paper of papers) {
			const section = select('main section:has(h2#related)', readPage(site.dist, `papers/${paper.id}/`));
			const items = section ? selectAll('li', section) : [];
			expect(items.map((li) => href(select('a[href]', li)!)), paper.id).toEqual(paper.related.map((r) => paperHref(r.id)));
			items.forEach((li, i) => {
				for (const term of paper.related[i]!.shared) expect(textContent(li), `${paper.id} → ${paper.related[i]!.id}: ${term}`).toContain(term);
			});
		}
	});

	it('shows each paper’s summary parts with exactly the sentences papers.json gives them', () => {
		for (const paper of papers) {
			const page = readPage(site.dist, `papers/${paper.id}/`);
			for (const part of ['problem', 'approach', 'results'] as const) {
				const spans = paper.summary[part]!;
				const p = select(`h3#${part} + p`, page);
				if (!spans.length) continue;
				expect(p, `${paper.id}: ${part}`).toBeDefined();
				const shown = textContent(p!).replace(/\s+/g, ' ').trim();
				expect(shown, `${paper.id}: ${part}`).toBe(spans.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim());
			}
		}
	});

	it.each([
		[/^Towards Robust Zero-Shot Reinforcement Learning$/, /^On Zero-Shot Reinforcement Learning$/],
		[/^Supervised Pretraining Can Learn In-Context Reinforcement Learning$/, /^ReLIC/],
	])('shows %s related to %s, with the terms they share', (from, to) => {
		const paper = paperTitled(from);
		const other = paperTitled(to);
		const section = select('main section:has(h2#related)', readPage(site.dist, `papers/${paper.id}/`));
		expect(section, 'Related papers section').toBeDefined();
		const item = selectAll('li', section!).find((li) => selectAll('a[href]', li).some((a) => href(a) === paperHref(other.id)));
		expect(item, `${other.title} among related`).toBeDefined();
		const shared = paper.related.find((r) => r.id === other.id)!.shared;
		expect(shared.length).toBeGreaterThan(0);
		for (const term of shared) expect(textContent(item!), term).toContain(term);
	});
});

describe('the glossary page', () => {
	const page = () => readPage(site.dist, 'glossary/');

	it('defines RLHF as "Reinforcement Learning from Human Feedback" in an <abbr title>', () => {
		const abbr = selectAll('abbr[title]', page()).find((a) => textContent(a).trim() === 'RLHF');
		expect(abbr?.properties.title).toBe('Reinforcement Learning from Human Feedback');
	});

	it('collects every acronym the papers define, with its long form', () => {
		const terms = new Map(selectAll('dt', page()).map((dt) => [textContent(dt).trim(), dt]));
		const text = textContent(select('main', page())!);
		for (const paper of papers) {
			for (const acronym of paper.acronyms) {
				expect(terms.has(acronym.short), `${paper.id}: ${acronym.short}`).toBe(true);
				expect(text.toLowerCase(), `${paper.id}: ${acronym.long}`).toContain(acronym.long.toLowerCase());
			}
		}
	});
});

describe('the abstract on every paper page', () => {
	/** The paragraph after the Abstract heading, its marked elements placed by offset. */
	const abstractOf = (paper: ExportedPaper) => {
		const p = select('h2#abstract + p', readPage(site.dist, `papers/${paper.id}/`));
		expect(p, `${paper.id}: abstract paragraph`).toBeDefined();
		return { text: textContent(p!), placed: placeElements(p!) };
	};
	/** Every annotation span of a paper that the page could mark. */
	const markable = (paper: ExportedPaper) => [
		...paper.entities.flatMap((e) => e.spans),
		...paper.acronyms.map((a) => a.span),
		...paper.claims.map((c) => c.value),
		...paper.links.flatMap((l) => (l.span ? [l.span] : [])),
	];
	const overlapsAnother = (paper: ExportedPaper, span: { start: number; end: number }) =>
		markable(paper).some((other) => other !== span && other.start < span.end && span.start < other.end);

	it('is the abstract of papers.json, exactly', () => {
		for (const paper of papers) expect(abstractOf(paper).text, paper.id).toBe(paper.abstract);
	});

	it('links entity spans to their entity pages under the base, at their exact offsets', () => {
		let links = 0;
		for (const paper of papers) {
			const { placed } = abstractOf(paper);
			const entityLinks = placed.filter((p) => p.element.tagName === 'a' && href(p.element).startsWith(`${base}entities/`));
			// No invented link: each one sits on a span of the entity it points to, and its page exists.
			for (const link of entityLinks) {
				const entity = paper.entities.find((e) => entityHref(e.type, e.id) === href(link.element));
				expect(entity, `${paper.id}: ${href(link.element)}`).toBeDefined();
				expect(entity!.spans.some((s) => s.start === link.start && s.end === link.end), `${paper.id}: "${link.text}" at ${link.start}`).toBe(true);
				expect(existsSync(fileOf(href(link.element))), href(link.element)).toBe(true);
			}
			// None lost: every entity span that no other annotation overlaps is linked.
			for (const e of paper.entities) {
				for (const span of e.spans) {
					if (overlapsAnother(paper, span)) continue;
					const link = entityLinks.find((l) => l.start === span.start && l.end === span.end);
					expect(link && href(link.element), `${paper.id}: ${e.type}/${e.id} "${span.text}" at ${span.start}`).toBe(entityHref(e.type, e.id));
				}
			}
			links += entityLinks.length;
		}
		expect(links).toBeGreaterThan(100);
	});

	it('highlights the numbers of its claims', () => {
		let marks = 0;
		for (const paper of papers) {
			const { placed } = abstractOf(paper);
			const marked = placed.filter((p) => p.element.tagName === 'mark');
			for (const mark of marked) {
				expect(paper.claims.some((c) => c.value.start === mark.start && c.value.end === mark.end), `${paper.id}: "${mark.text}"`).toBe(true);
			}
			for (const claim of paper.claims) {
				if (overlapsAnother(paper, claim.value)) continue;
				expect(marked.some((m) => m.start === claim.value.start && m.end === claim.value.end), `${paper.id}: "${claim.value.text}"`).toBe(true);
			}
			marks += marked.length;
		}
		expect(marks).toBeGreaterThan(30);
	});

	it('marks each acronym definition with <abbr title> giving its long form', () => {
		let abbrs = 0;
		for (const paper of papers) {
			const { placed } = abstractOf(paper);
			const marked = placed.filter((p) => p.element.tagName === 'abbr');
			for (const abbr of marked) {
				const acronym = paper.acronyms.find((a) => a.span.start === abbr.start && a.span.end === abbr.end);
				expect(acronym, `${paper.id}: "${abbr.text}"`).toBeDefined();
				expect(abbr.element.properties.title, `${paper.id}: "${abbr.text}"`).toBe(acronym!.long);
			}
			for (const acronym of paper.acronyms) {
				if (overlapsAnother(paper, acronym.span)) continue;
				expect(marked.some((m) => m.start === acronym.span.start && m.end === acronym.span.end), `${paper.id}: ${acronym.short}`).toBe(true);
			}
			abbrs += marked.length;
		}
		expect(abbrs).toBeGreaterThan(20);
	});

	it('shows "up to 4.55% absolute improvement" of CoT-Max with 4.55% highlighted', () => {
		const paper = papers.find((p) => p.title.startsWith('Boosting LLM Reasoning'))!;
		const { placed } = abstractOf(paper);
		expect(placed.some((p) => p.element.tagName === 'mark' && p.text === '4.55%')).toBe(true);
		expect(placed.some((p) => p.element.tagName === 'a' && p.text === 'CoT-Max' && href(p.element) === entityHref('method', 'cot-max'))).toBe(true);
	});
});

describe('Pagefind filter attributes on paper pages', () => {
	/** The collection-wide display name of an entity: its entity page's heading. */
	const entityName = (type: string, id: string) => textContent(select('main h1', readPage(site.dist, `entities/${type}/${id}/`))!).trim();
	const typeLabels: Record<string, string> = {};
	for (const type of TYPES) typeLabels[type] = textContent(select('main h1', readPage(site.dist, `entities/${type}/`))!).trim();

	it('name every entity of the paper and every entity type, inside the Pagefind body', () => {
		for (const paper of papers) {
			const body = select('[data-pagefind-body]', readPage(site.dist, `papers/${paper.id}/`))!;
			const filters = selectAll('[data-pagefind-filter]', body);
			const entityValues = filters.filter((f) => f.properties.dataPagefindFilter === 'entity').map((f) => textContent(f).trim());
			const typeValues = filters.map((f) => String(f.properties.dataPagefindFilter)).filter((f) => f.startsWith('entity type:'));
			const expectedNames = [...new Set(paper.entities.map((e) => entityName(e.type, e.id)))].sort();
			expect([...new Set(entityValues)].sort(), paper.id).toEqual(expectedNames);
			expect(typeValues.sort(), paper.id).toEqual([...new Set(paper.entities.map((e) => `entity type:${typeLabels[e.type]}`))].sort());
		}
	});
});

describe('the map page', () => {
	const page = () => readPage(site.dist, 'map/');

	it('draws an SVG in the HTML itself with a link to every paper page', () => {
		const svg = select('main svg', page());
		expect(svg).toBeDefined();
		const nodeLinks = selectAll('a[href]', svg!).map(href);
		expect(new Set(nodeLinks)).toEqual(new Set(papers.map((p) => paperHref(p.id))));
		for (const link of nodeLinks) expect(existsSync(fileOf(link)), link).toBe(true);
	});

	it('lists every paper as a plain link too', () => {
		const listed = selectAll('main ul a[href]', page()).map(href);
		for (const paper of papers) expect(listed, paper.id).toContain(paperHref(paper.id));
	});

	it('links related papers, and papers sharing an entity, by lines between their dots', () => {
		const tree = page();
		const dot = new Map<string, string>();
		for (const a of selectAll('main svg a[href]', tree)) {
			const circle = select('circle', a)!;
			dot.set(href(a).slice(`${base}papers/`.length).replace(/\/$/, ''), `${circle.properties.cx},${circle.properties.cy}`);
		}
		const lines = new Set<string>();
		for (const line of selectAll('main svg line', tree)) {
			const [a, b] = [`${line.properties.x1},${line.properties.y1}`, `${line.properties.x2},${line.properties.y2}`];
			lines.add(`${a} ${b}`).add(`${b} ${a}`);
		}
		const joined = (x: string, y: string) => lines.has(`${dot.get(x)} ${dot.get(y)}`);
		for (const paper of papers) for (const r of paper.related) expect(joined(paper.id, r.id), `${paper.id} – ${r.id}`).toBe(true);
		// Two papers that are the only ones naming an entity are joined, related or not.
		let pairs = 0;
		for (const entity of entities.values()) {
			if (entity.papers.size !== 2) continue;
			const [x, y] = [...entity.papers] as [string, string];
			expect(joined(x, y), `${entity.type}/${entity.id}: ${x} – ${y}`).toBe(true);
			pairs++;
		}
		expect(pairs).toBeGreaterThan(0);
	});

	it('colours each paper by its first topic, one colour per topic, as the legend says', () => {
		const legend = new Map<string, string>();
		for (const li of selectAll('main .legend li, main [aria-label="Topic colours"] li', page())) {
			const topic = selectAll('a[href]', li).map(href).find((h) => h.startsWith(`${base}topics/`));
			const swatch = selectAll('[style]', li).map((el) => String(el.properties.style)).find((s) => /background/.test(s));
			if (topic && swatch) legend.set(topic.slice(`${base}topics/`.length).replace(/\/$/, ''), swatch.replace(/^.*background(?:-color)?\s*:\s*/, '').replace(/;.*$/, '').trim());
		}
		const firstTopics = new Set(papers.map((p) => p.topics[0]!.id));
		expect(new Set(legend.keys())).toEqual(firstTopics);
		expect(new Set(legend.values()).size).toBe(legend.size);
		for (const a of selectAll('main svg a[href]', page())) {
			const paper = byId.get(href(a).slice(`${base}papers/`.length).replace(/\/$/, ''))!;
			const fill = selectAll('[fill]', a).map((el) => String(el.properties.fill))[0];
			expect(fill, paper.id).toBe(legend.get(paper.topics[0]!.id));
		}
	});
});
