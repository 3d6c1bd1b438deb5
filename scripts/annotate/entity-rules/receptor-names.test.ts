import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyBeforeReceptor } from './receptor-names.ts';

// unseen-round30 drug repurposing: "neuroprotective agents including N-methyl-D-aspartate (NMDA) receptor modulators, and brain stimulation".
const ABSTRACT = 'We review five categories of therapy, neuroprotective agents including N-methyl-D-aspartate (NMDA) receptor modulators among them.';

describe('onlyBeforeReceptor', () => {
	it('knows a name written only before "receptor", an acronym\'s bracket between maybe', () => {
		expect(onlyBeforeReceptor('NMDA', ABSTRACT)).toBe(true);
		expect(onlyBeforeReceptor('N-methyl-D-aspartate', ABSTRACT)).toBe(true);
		expect(onlyBeforeReceptor('GABA', 'GABA receptors and GABA-receptor agonists')).toBe(true);
	});

	it('keeps a name also written on its own', () => {
		expect(onlyBeforeReceptor('NMDA', 'NMDA receptors bind NMDA.')).toBe(false);
		expect(onlyBeforeReceptor('ReceptorNet', 'ReceptorNet finds receptors.')).toBe(false);
	});
});

describe('receptor names in extractEntities', () => {
	it('drops a receptor named by its acronym', () => {
		expect(extractEntities('Therapies for dementia', ABSTRACT, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});
});
