import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const entities = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('apposed own variants', () => {
	it('takes a variant named in an apposition that carries the introduced name', () => {
		const abstract = 'We introduce Weight Pruning Probe (WPP), a data-free method that finds critical weights, and a faster single-pass variant, 1P-WPP, that refines it.';
		expect(entities(abstract)).toEqual(['WPP:method/introduced', '1P-WPP:method/introduced']);
	});

	it('leaves a variant whose name carries no introduced name', () => {
		const abstract = 'We introduce Weight Pruning Probe (WPP), a data-free method, and compare it with a popular variant, FastProbe, of earlier work.';
		expect(entities(abstract)).not.toContain('FastProbe:method/introduced');
	});
});
