import { describe, expect, it } from 'vitest';
import { phraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import { rankPhrases, shrinkingGroupRanker } from './topic-phrase-ranking.ts';

describe('rankPhrases', () => {
	it('scores every phrase of a small group, so a phrase one paper names and others write is found', () => {
		// One paper names many phrases once each; "flow regime" comes last among them alphabetically.
		const fillers = Array.from({ length: 60 }, (_, i) => `aquifer term${String(i).padStart(2, '0')}`);
		const keyphrases = [[...fillers, 'flow regime'], ['hydrologic alteration'], ['ecological relevance']];
		const texts = [
			`Indices of the flow regime. ${fillers.join(', ')}.`,
			'A method for assessing the alteration of flow regimes within ecosystems.',
			'Flow variables grouped by covariance describe the flow regime of temperate streams.',
		];
		const df = new Map<string, number>();
		for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);
		const ranked = rankPhrases([0, 1, 2], phraseCarriers(keyphrases, texts), df, keyphrases.length);
		expect(ranked[0]).toMatchObject({ written: 'flow regime', holders: [0, 1, 2] });
	});
});

describe('rankPhrases, written forms', () => {
	it('writes a phrase as most of its papers do, and on a tie as prose does, with fewer capitals than a title', () => {
		// A title's "Hypoxia-inducible Factor-1α" beside an abstract's "hypoxia-inducible factor-1 (HIF-1)", one paper each.
		const keyphrases = [['Hypoxia-inducible Factor-1'], ['hypoxia-inducible factor-1']];
		const texts = ['Hypoxia-inducible Factor-1 and immunity.', 'The hypoxia-inducible factor-1 in cells.'];
		const df = new Map([[phraseForm('hypoxia-inducible factor-1'), 2]]);
		const ranked = rankPhrases([0, 1], phraseCarriers(keyphrases, texts), df, 2);
		expect(ranked[0]).toMatchObject({ written: 'hypoxia-inducible factor-1', holders: [0, 1] });
		const three = rankPhrases([0, 1, 2], phraseCarriers([...keyphrases, ['Hypoxia-inducible Factor-1']], [...texts, texts[0]!]), df, 3);
		expect(three[0]!.written).toBe('Hypoxia-inducible Factor-1');
	});
});

describe('shrinkingGroupRanker', () => {
	// Papers whose keyphrases and texts overlap in many ways: shared phrases, written forms that
	// change their majority as papers leave, tails of longer phrases, and phrases only written.
	const vocabulary = ['diffusion model', 'Diffusion Models', 'language model', 'LLMs', 'graph neural network', 'neural network', 'ALMA data cubes', 'data cubes', 'flow regime', 'protein folding'];
	const keyphrases = Array.from({ length: 40 }, (_, i) => vocabulary.filter((_, v) => (i * 7 + v * 3) % 5 < 2));
	const texts = keyphrases.map((list, i) => `${list.join(' and ')}. ${vocabulary[(i * 3) % vocabulary.length]!.toLowerCase()} again.`);
	const df = new Map<string, number>();
	for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);

	it('ranks each smaller group exactly as ranking it afresh does', () => {
		const carriers = phraseCarriers(keyphrases, texts);
		const rank = shrinkingGroupRanker(carriers, df, keyphrases.length);
		let members = keyphrases.map((_, i) => i);
		while (members.length > 0) {
			const fresh = rankPhrases(members, phraseCarriers(keyphrases, texts), df, keyphrases.length);
			expect(rank(members)).toEqual(fresh);
			// The best phrase's holders leave, as a topic made of them takes its papers.
			const gone = new Set(fresh[0]?.holders.length ? fresh[0].holders : members.slice(0, 3));
			members = members.filter((m) => !gone.has(m));
		}
	});
});
