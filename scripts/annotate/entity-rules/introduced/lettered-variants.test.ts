import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('letteredVariants in extractEntities', () => {
	it('takes the lettered variants of the own system as introduced', () => {
		const abstract = 'We propose RANKER with two variants: RANKER-C computes closed-form weights; RANKER-O drops this assumption and optimises them.';
		expect(found(abstract)).toEqual(expect.arrayContaining(['RANKER/introduced', 'RANKER-C/introduced', 'RANKER-O/introduced']));
	});

	it('leaves the variants of a name the paper does not introduce', () => {
		expect(found('We study BASELINE-C and BASELINE-O on code tasks.')).not.toContain('BASELINE-O/introduced');
	});
});
