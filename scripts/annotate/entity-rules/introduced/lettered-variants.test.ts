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

describe('letteredVariants, a dotted version', () => {
	it('keeps the version\'s decimals in the variant\'s name', () => {
		const abstract = 'We present FOOR, a reward framework for image editing. With it our models FOOR-SD3.5 and FOOR-XL improve fidelity.';
		const names = found(abstract);
		expect(names).toContain('FOOR-SD3.5/introduced');
		expect(names).not.toContain('FOOR-SD3/introduced');
	});
});
