import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}`);

describe('foldPluralNames in extractEntities', () => {
	it('makes a plural acronym defined by the plural of a name found that name, whatever type it was guessed', () => {
		const abstract =
			'Latent Replay-based Continual Learning (CL) techniques adapt models on devices. We rethink the baseline Latent Replay CL algorithm, quantizing Latent Replays (LRs) to cut their memory. 8-bit LRs lose little.';
		expect(entities(abstract)).toEqual(['Latent Replay:algorithm']);
	});

	it('folds a coined singular into its plural acronym typed otherwise', () => {
		const abstract = 'Audio Language Models (AudioLMs) answer questions on clips. We train a streaming AudioLM that listens without pause.';
		expect(entities(abstract).filter((e) => e.startsWith('AudioLM'))).toHaveLength(1);
	});
});
