/**
 * The named annotations, on the built default site (`inject('site')`, under a
 * GitHub Pages base path): the annotations the project promises — methods its papers introduce,
 * datasets, algorithms and models in their type indexes — and what every paper page shows of
 * its summary parts and related papers, as `papers.json` gives them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { collectEntities, hasPage, href, readPapersJson, resolvedHref, siteLinks, textContent } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const papers = readPapersJson(site.dist).papers;
const { paperHref, listedHref, fileOf } = siteLinks(site.dist, base);
const entities = collectEntities(papers);

describe('the named annotations, as the built site shows them', () => {
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
		// Not ONI: its abstract names it only as the LaTeX macro \oni, which the page renders as
		// its name and never makes an entity (tests/maths/latex-in-abstracts.test.ts).
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

	it.each(Object.entries(INTRODUCED))('says on %s’s method page, or on its paper’s page when only that paper names it, that its paper introduces it', (name, title) => {
		const paper = paperTitled(title);
		const entity = paper.entities.find((e) => e.type === 'method' && e.role === 'introduced' && e.name === name);
		expect(entity, `${name} introduced by ${paper.title}`).toBeDefined();
		const collected = entities.get(`method/${entity!.id}`)!;
		if (hasPage(collected)) {
			const lede = select('main .lede', readPage(site.dist, `entities/method/${entity!.id}/`));
			expect(lede && textContent(lede), name).toContain('introduced by');
			expect(selectAll('a[href]', lede!).map(href)).toContain(paperHref(paper.id));
		} else {
			const introduces = select('main p.introduces', readPage(site.dist, `papers/${paper.id}/`));
			expect(introduces && textContent(introduces), name).toContain(name);
		}
		// The methods index links it either way: to its page, or to that paper.
		const index = selectAll('main a[href]', readPage(site.dist, 'entities/method/')).map(href);
		expect(index, name).toContain(listedHref(collected));
	});

	it.each([
		...['GSM8K', 'GLUE', 'SuperGLUE', 'MuJoCo', 'D4RL', 'Meta-World', 'MLEBench', 'NetHack'].map((name) => ['dataset', name]),
		['algorithm', 'PPO'],
		['algorithm', 'DQN'],
		['model', 'LLaMA2-7B'],
		['model', 'Qwen2.5-3B'],
	])('lists %s %s in its type index, linking its entity page (or its one paper)', (type, name) => {
		const rows = selectAll('main table tbody tr', readPage(site.dist, `entities/${type}/`));
		const row = rows.find((tr) => textContent(select('th', tr)!).trim().toLowerCase() === name.toLowerCase());
		expect(row, `${name} in /entities/${type}/`).toBeDefined();
		const link = href(select('th a[href]', row!)!);
		expect(link.startsWith(`${base}entities/${type}/`) || link.startsWith(`${base}papers/`)).toBe(true);
		expect(existsSync(fileOf(link)), link).toBe(true);
	});

	it('shows on every paper page its related papers, in order, each with the terms they share', () => {
		for (const paper of papers) {
			const section = select('main section:has(h2#related)', readPage(site.dist, `papers/${paper.id}/`));
			const items = section ? selectAll('li', section) : [];
			expect(items.map((li) => resolvedHref(select('a[href]', li)!, paperHref(paper.id))), paper.id).toEqual(paper.related.map((r) => paperHref(r.id)));
			items.forEach((li, i) => {
				for (const term of paper.related[i]!.shared) expect(textContent(li), `${paper.id} → ${paper.related[i]!.id}: ${term}`).toContain(term);
			});
		}
	});

	// The summary parts are shown as role labels in the abstract itself, not as a separate
	// "Summary" that repeated it: tests/paper-page/paper-page.test.ts checks them in place.

	it.each([
		[/^Towards Robust Zero-Shot Reinforcement Learning$/, /^On Zero-Shot Reinforcement Learning$/],
		[/^Supervised Pretraining Can Learn In-Context Reinforcement Learning$/, /^ReLIC/],
	])('shows %s related to %s, with the terms they share', (from, to) => {
		const paper = paperTitled(from);
		const other = paperTitled(to);
		const section = select('main section:has(h2#related)', readPage(site.dist, `papers/${paper.id}/`));
		expect(section, 'Related papers section').toBeDefined();
		const item = selectAll('li', section!).find((li) => selectAll('a[href]', li).some((a) => resolvedHref(a, paperHref(paper.id)) === paperHref(other.id)));
		expect(item, `${other.title} among related`).toBeDefined();
		const shared = paper.related.find((r) => r.id === other.id)!.shared;
		expect(shared.length).toBeGreaterThan(0);
		for (const term of shared) expect(textContent(item!), term).toContain(term);
	});
});
