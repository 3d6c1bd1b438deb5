import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { builtOnNames } from './built-on-names.ts';

const found = (abstract: string) =>
	builtOnNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('builtOnNames', () => {
	it('takes the coined name a paper says it builds on', () => {
		expect(found('To make training effective, we build on IGPO and design turn-level rewards.')).toEqual(['IGPO:method/used']);
		expect(found('Our detector builds upon ViT-Adapter.')).toEqual(['ViT-Adapter:method/used']);
		expect(found('The agent is built on top of the OpenHands framework.')).toEqual(['OpenHands:method/used']);
	});

	it('names a letter hyphened to a word before a noun of technique, with that noun', () => {
		expect(found('We compute measures of reputation that build on the D-core decomposition of the follower graph.')).toEqual(['D-core decomposition:method/used']);
		expect(found('The pipeline is built on the e-mail corpus of the firm.')).toEqual([]);
	});

	it('names nothing built on plain words', () => {
		expect(found('We present a 4B agent built entirely on open data, building on prior work.')).toEqual([]);
	});
});

describe('built-on names in extractEntities', () => {
	it('finds the method a paper builds on as used', () => {
		const abstract = 'We present FooAgent, a small research agent. To make RL effective, we build on IGPO and design turn-level rewards.';
		expect(extractEntities('FooAgent: small agents', abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`)).toContain('IGPO:used');
	});
});
