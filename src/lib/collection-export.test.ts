import { describe, expect, it } from 'vitest';
import { toCollectionExport } from './collection-export.ts';
import { readExportedPaper, type ExportedPaperV2 } from '../shared/collection-format.ts';
import { papers, ramario, topics } from './fixtures/papers.ts';

describe('toCollectionExport', () => {
	const data = toCollectionExport(papers, topics, (id) => `https://x.org/papers/${id}/`, 'https://x.org/');
	const exported = data.papers.find((p) => p.id === ramario.id)!;

	it('stores each span as offsets into the abstract, with no copy of its text', () => {
		expect(data.version).toBe(6);
		const [dqn] = exported.entities!.filter((e) => e.id === 'dqn');
		const span = ramario.entities.find((e) => e.id === 'dqn')!.spans[0]!;
		expect(dqn!.spans[0]).toEqual([span.start, span.end]);
		expect(exported.tldr).toEqual([ramario.tldr!.start, ramario.tldr!.end]);
		expect(JSON.stringify(exported)).not.toContain('"text"');
	});

	it('gives back every paper whole once read: its fields, annotations, spans with their text, page URL and topics', () => {
		for (const paper of papers) {
			const { url, related, ...read } = readExportedPaper(data.papers.find((p) => p.id === paper.id)!, data);
			expect(read, paper.id).toEqual({ ...paper, related: undefined });
			expect(related, paper.id).toEqual(paper.related.map((r) => ({ id: r.id, score: r.score, shared: r.shared })));
			expect(url, paper.id).toBe(`https://x.org/papers/${paper.id}/`);
		}
	});

	it('leaves out fields at their default, the page URL and whether topics are derived', () => {
		expect(data.paperUrl).toBe('https://x.org/papers/{id}/');
		for (const paper of data.papers) {
			expect(paper, paper.id).not.toHaveProperty('url');
			expect(Object.values(paper).filter((v) => v === null || (Array.isArray(v) && v.length === 0)), paper.id).toEqual([]);
		}
		// Not vacuous: the fixtures have fields at their default.
		expect(papers.some((p) => p.doi === null && p.claims.length === 0)).toBe(true);
	});

	it('reads a version 2 paper as it was written', () => {
		const v2: ExportedPaperV2 = { ...readExportedPaper(exported, data), ...{ tldr: [ramario.tldr!.start, ramario.tldr!.end] } } as unknown as ExportedPaperV2;
		const v2Collection = { version: 2, topics: data.topics, papers: [] };
		expect(readExportedPaper(v2, v2Collection).tldr).toEqual(ramario.tldr);
		expect(readExportedPaper(v2, v2Collection).url).toBe('https://x.org/papers/ramario/');
		expect(readExportedPaper(v2, v2Collection).related.map((r) => r.id)).toEqual(ramario.related.map((r) => r.id));
	});

	it('keeps a span whose text is not the abstract\'s whole, rather than lose its text', () => {
		const odd = { ...ramario, keyphrases: [{ start: 0, end: 2, text: 'not the abstract' }] };
		const alone = toCollectionExport([odd], topics, (id) => id);
		const [only] = alone.papers;
		expect(only!.keyphrases).toEqual([{ start: 0, end: 2, text: 'not the abstract' }]);
		expect(readExportedPaper(only!, alone).keyphrases).toEqual(odd.keyphrases);
	});

	it('writes an entity span in the title whole, saying so, and reads it back as it was', () => {
		// Even where the abstract holds the same text at the same offsets, a title span stays a title span.
		const name = ramario.abstract.slice(0, 7);
		const titled = { ...ramario, title: `${name}: a title`, entities: [{ id: 'x', name, type: 'method' as const, role: 'introduced' as const, spans: [{ start: 0, end: 7, text: name, field: 'title' as const }] }] };
		const alone = toCollectionExport([titled], topics, (id) => id);
		const [only] = alone.papers;
		expect(only!.entities![0]!.spans).toEqual([{ start: 0, end: 7, text: name, field: 'title' }]);
		expect(readExportedPaper(only!, alone).entities).toEqual(titled.entities);
	});

	it('names topics by id and related papers by position in papers; titles are in the collection once', () => {
		expect(exported.topics).toEqual(['meta-rl', 'games']);
		expect(data.topics.find((t) => t.id === 'games')!.derived).toBe(true);
		const nlu = data.papers.findIndex((p) => p.id === 'nlu');
		expect(nlu).toBeGreaterThanOrEqual(0);
		// 'ppo' is not written so in RAMario's abstract ("PPO"), so the term itself is kept.
		expect(exported.related![0]).toEqual({ paper: nlu, score: expect.any(Number), shared: ['ppo'] });
		expect(data.topics.find((t) => t.id === 'games')!.title).toBe('games · mario · atari');
		expect(data.papers.find((p) => p.id === 'nlu')!.title).toMatch(/^Improving the Language/);
	});

	it('writes a shared term the abstract holds as it is as the offsets of its first place there, and reads it back as text', () => {
		const sharing = { ...ramario, related: [{ id: 'nlu', score: 0.2, shared: ['Proximal Policy Optimization', 'PPO', 'ppo'] }] };
		const alone = toCollectionExport([sharing, ...papers.filter((p) => p.id !== ramario.id)], topics, (id) => id);
		const [written] = alone.papers;
		const at = ramario.abstract.indexOf('Proximal Policy Optimization');
		expect(written!.related![0]!.shared).toEqual([[at, at + 28], [ramario.abstract.indexOf('PPO'), ramario.abstract.indexOf('PPO') + 3], 'ppo']);
		expect(readExportedPaper(written!, alone).related[0]!.shared).toEqual(['Proximal Policy Optimization', 'PPO', 'ppo']);
	});

	it('reads a version 3 paper\'s shared terms, written out, as they were', () => {
		const v3 = { ...exported, related: [{ paper: 1, score: 0.2, shared: ['Proximal Policy Optimization'] }] };
		expect(readExportedPaper(v3, { ...data, version: 3 }).related[0]!.shared).toEqual(['Proximal Policy Optimization']);
	});

	it('counts papers per topic and survives a JSON round trip', () => {
		expect(data.topics.find((t) => t.id === 'meta-rl')!.papers).toBe(3);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
