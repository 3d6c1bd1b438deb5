import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const entities = (abstract: string) => extractEntities('FooCor: variant aggregation', abstract, emptyLexicons()).map((e) => `${e.name} ${e.type}/${e.role}`);

describe('companion names', () => {
	it('reads the coined name of a companion the paper ships as introduced', () => {
		const abstract =
			'Aggregating variants across a cohort is often done with ad hoc scripts. In response, we have written FooCor, a tool to gather variants from many formats. ' +
			'A companion utility, DepthMeter, measures coverage at regions of interest.';
		expect(entities(abstract)).toContain('DepthMeter method/introduced');
		expect(entities('We release FooCor, a tool for variants. A companion dataset, BarSet, holds 2,000 cases.')).toContain('BarSet dataset/introduced');
	});

	it('leaves a companion named by plain words', () => {
		expect(entities('We release FooCor, a tool for variants. A companion utility, Coverage, measures depth.').filter((e) => e.startsWith('Coverage'))).toEqual([]);
	});
});
