import { describe, expect, it } from 'vitest';
import { toCollectionExport } from './collection-export.ts';
import { papers, ramario, topics } from './fixtures/papers.ts';

describe('toCollectionExport', () => {
	const data = toCollectionExport(papers, topics, (id) => `https://x.org/papers/${id}/`, 'https://x.org/');

	it('exports every paper with its annotations and spans intact', () => {
		expect(data.count).toBe(papers.length);
		const r = data.papers.find((p) => p.id === ramario.id)!;
		expect(r.entities).toEqual(ramario.entities);
		expect(r.claims).toEqual(ramario.claims);
		expect(r.acronyms).toEqual(ramario.acronyms);
		for (const e of r.entities) for (const s of e.spans) expect(r.abstract.slice(s.start, s.end)).toBe(s.text);
		expect(r.url).toBe('https://x.org/papers/ramario/');
	});

	it('names topics and related papers by title', () => {
		const r = data.papers.find((p) => p.id === ramario.id)!;
		expect(r.topics).toEqual([
			{ id: 'meta-rl', title: 'Few-shot and meta-reinforcement learning', derived: false },
			{ id: 'games', title: 'games · mario · atari', derived: true },
		]);
		expect(r.related[0]).toMatchObject({ id: 'nlu', title: expect.stringMatching(/^Improving the Language/), shared: ['ppo'] });
	});

	it('counts papers per topic and survives a JSON round trip', () => {
		expect(data.topics.find((t) => t.id === 'meta-rl')!.papers).toBe(3);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
