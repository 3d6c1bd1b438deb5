import { describe, expect, it } from 'vitest';
import { toCollectionExport } from './collection-export.ts';
import { readExportedPaper, type ExportedPaperV2 } from '../shared/collection-format.ts';
import { papers, ramario, topics } from './fixtures/papers.ts';

describe('toCollectionExport', () => {
	const data = toCollectionExport(papers, topics, (id) => `https://x.org/papers/${id}/`, 'https://x.org/');
	const exported = data.papers.find((p) => p.id === ramario.id)!;

	it('stores each span as offsets into the abstract, with no copy of its text', () => {
		expect(data.version).toBe(3);
		const [dqn] = exported.entities!.filter((e) => e.id === 'dqn');
		const span = ramario.entities.find((e) => e.id === 'dqn')!.spans[0]!;
		expect(dqn!.spans[0]).toEqual([span.start, span.end]);
		expect(exported.tldr).toEqual([ramario.tldr.start, ramario.tldr.end]);
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
		const v2: ExportedPaperV2 = { ...readExportedPaper(exported, data), ...{ tldr: [ramario.tldr.start, ramario.tldr.end] } } as unknown as ExportedPaperV2;
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

	it('names topics by id and related papers by position in papers; titles are in the collection once', () => {
		expect(exported.topics).toEqual(['meta-rl', 'games']);
		expect(data.topics.find((t) => t.id === 'games')!.derived).toBe(true);
		const nlu = data.papers.findIndex((p) => p.id === 'nlu');
		expect(nlu).toBeGreaterThanOrEqual(0);
		expect(exported.related![0]).toEqual({ paper: nlu, score: expect.any(Number), shared: ['ppo'] });
		expect(data.topics.find((t) => t.id === 'games')!.title).toBe('games · mario · atari');
		expect(data.papers.find((p) => p.id === 'nlu')!.title).toMatch(/^Improving the Language/);
	});

	it('counts papers per topic and survives a JSON round trip', () => {
		expect(data.topics.find((t) => t.id === 'meta-rl')!.papers).toBe(3);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
