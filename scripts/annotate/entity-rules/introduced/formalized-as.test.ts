import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('formalizedAs in extractEntities', () => {
	it('takes the abbreviated form the authors give what they study as their own', () => {
		expect(found('Tests disagree. We formalize this agreement as the pairwise vote margin~(PVM) and prove that it is unbiased.')).toContain('PVM/introduced');
		expect(found('Tests disagree. We cast ranking quality as the expected rank gain (ERG), which we bound.')).toContain('ERG/introduced');
	});

	it('leaves a definition with no abbreviation, and one stated of others', () => {
		expect(found('We define success as the fraction of solved tasks.')).toEqual([]);
		expect(found('Prior work formalized agreement as the pairwise vote margin (PVM).')).not.toContain('PVM/introduced');
	});
});
