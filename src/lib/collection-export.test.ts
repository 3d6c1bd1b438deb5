import { describe, expect, it } from 'vitest';
import { toCollectionExport } from './collection-export.ts';
import { withSpanText } from '../shared/collection-format.ts';
import { papers, ramario, topics } from './fixtures/papers.ts';

describe('toCollectionExport', () => {
	const data = toCollectionExport(papers, topics, (id) => `https://x.org/papers/${id}/`, 'https://x.org/');
	const exported = data.papers.find((p) => p.id === ramario.id)!;

	it('stores each span as offsets into the abstract, with no copy of its text', () => {
		expect(data.version).toBe(2);
		const [dqn] = exported.entities.filter((e) => e.id === 'dqn');
		const span = ramario.entities.find((e) => e.id === 'dqn')!.spans[0]!;
		expect(dqn!.spans[0]).toEqual([span.start, span.end]);
		expect(exported.tldr).toEqual([ramario.tldr.start, ramario.tldr.end]);
		expect(JSON.stringify(exported)).not.toContain('"text"');
	});

	it('gives back every annotation of the paper, spans with their text, once read', () => {
		const read = withSpanText(exported);
		expect(read.entities).toEqual(ramario.entities);
		expect(read.claims).toEqual(ramario.claims);
		expect(read.acronyms).toEqual(ramario.acronyms);
		expect(read.summary).toEqual(ramario.summary);
		expect(read.keyphrases).toEqual(ramario.keyphrases);
		expect(exported.url).toBe('https://x.org/papers/ramario/');
	});

	it('keeps a span whose text is not the abstract\'s whole, rather than lose its text', () => {
		const odd = { ...ramario, keyphrases: [{ start: 0, end: 2, text: 'not the abstract' }] };
		const [only] = toCollectionExport([odd], topics, (id) => id).papers;
		expect(only!.keyphrases).toEqual([{ start: 0, end: 2, text: 'not the abstract' }]);
		expect(withSpanText(only!).keyphrases).toEqual(odd.keyphrases);
	});

	it('names topics and related papers by id; titles are in the collection once', () => {
		expect(exported.topics).toEqual([
			{ id: 'meta-rl', derived: false },
			{ id: 'games', derived: true },
		]);
		expect(exported.related[0]).toEqual({ id: 'nlu', score: expect.any(Number), shared: ['ppo'] });
		expect(data.topics.find((t) => t.id === 'games')!.title).toBe('games · mario · atari');
		expect(data.papers.find((p) => p.id === 'nlu')!.title).toMatch(/^Improving the Language/);
	});

	it('counts papers per topic and survives a JSON round trip', () => {
		expect(data.topics.find((t) => t.id === 'meta-rl')!.papers).toBe(3);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
