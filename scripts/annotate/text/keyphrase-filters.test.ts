import { describe, expect, it } from 'vitest';
import type { KeyphraseFilter } from './keyphrase-filter.ts';
import { filterKeyphrases, KEYPHRASE_FILTERS } from './keyphrase-filters.ts';

const TEXT = 'Farmers in Kenya ran a two-year study of drip irrigation.';
const span = (text: string) => ({ text, start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });

describe('KEYPHRASE_FILTERS', () => {
	it('lists each rule once, with an id and a description', () => {
		const ids = KEYPHRASE_FILTERS.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const filter of KEYPHRASE_FILTERS) expect(filter.describe.length).toBeGreaterThan(0);
	});
});

describe('filterKeyphrases', () => {
	it('drops what any filter drops and keeps the order of the rest', () => {
		const kept = filterKeyphrases(['Farmers', 'Kenya', 'two-year study', 'drip irrigation'].map(span), { text: TEXT, acronyms: [] });
		expect(kept.map((s) => s.text)).toEqual(['Farmers', 'drip irrigation']);
	});

	it('runs the filters it is given', () => {
		const none: KeyphraseFilter = { id: 'none', describe: 'nothing', drops: () => false };
		expect(filterKeyphrases([span('Kenya')], { text: TEXT, acronyms: [] }, [none])).toHaveLength(1);
	});
});
