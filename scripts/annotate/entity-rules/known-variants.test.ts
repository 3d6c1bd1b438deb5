import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { knownVariants } from './known-variants.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);
const found = (abstract: string) => knownVariants.find({ ...entityContext(abstract), lexicons }).map((f) => f.name);

describe('knownVariants', () => {
	it('takes a capitalised word hyphenated before a known algorithm as a variant of it', () => {
		expect(names('Building on Token-DPO, we align the captioner with human preferences.')).toEqual(['Token-DPO:algorithm/used']);
		expect(names('We train the planner with GRPO. Using Chunk-GRPO, we then refine the plans.')).toEqual(['GRPO:algorithm/used', 'Chunk-GRPO:algorithm/used']);
	});

	it('takes two or three capitals before a known algorithm, and a variant stated as an adaptation as the paper\'s', () => {
		expect(names('The planner is trained with TS-DPO, an adaptation of DPO that weighs steps.')).toEqual(['TS-DPO:algorithm/introduced', 'DPO:algorithm/used']);
		expect(names('Using TS-DPO, we then refine the plans.')).toEqual(['TS-DPO:algorithm/used']);
	});

	it('leaves a prefix of negation or degree, and a word before an unknown acronym', () => {
		expect(found('Non-DPO baselines lag behind.')).toEqual([]);
		expect(found('Using Chunk-XQZ, we then refine the plans.')).toEqual([]);
	});
});
