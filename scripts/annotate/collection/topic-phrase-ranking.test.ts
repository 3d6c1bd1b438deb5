import { describe, expect, it } from 'vitest';
import { phraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import { rankPhrases } from './topic-phrase-ranking.ts';

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
