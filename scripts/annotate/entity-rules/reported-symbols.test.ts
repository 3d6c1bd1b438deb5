import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyReportedSymbol } from './reported-symbols.ts';

const lexicons = parseLexicons([{ file: 'science-methods.yaml', text: '- name: fixation index\n  aliases: [FST, Fst]\n' }]);
const names = (abstract: string) => extractEntities('Genetic variability of two species', abstract, lexicons).map((e) => e.name);

describe('onlyReportedSymbol', () => {
	it('reads a symbol written only before a value', () => {
		expect(onlyReportedSymbol(['fixation index', 'FST', 'Fst'], 'between populations (Fst = 0.110) and (Fst = 0.082).')).toBe(true);
	});

	it('keeps a statistic the text names, or writes as a symbol elsewhere', () => {
		expect(onlyReportedSymbol(['fixation index', 'FST', 'Fst'], 'The fixation index was high (Fst = 0.11).')).toBe(false);
		expect(onlyReportedSymbol(['fixation index', 'FST', 'Fst'], 'Pairwise Fst values were estimated (Fst = 0.11).')).toBe(false);
		expect(onlyReportedSymbol(['fixation index', 'FST', 'Fst'], 'Nothing here.')).toBe(false);
	});

	it('reads each text for the long form when texts alternate (the lower-cased text is made once a text)', () => {
		const named = 'The fixation index was high (Fst = 0.11).';
		const symbol = 'between populations (Fst = 0.110) and (Fst = 0.082).';
		const only = (text: string) => onlyReportedSymbol(['fixation index', 'Fst'], text);
		expect([named, symbol, named, symbol].map(only)).toEqual([false, true, false, true]);
	});
});

describe('reported symbols in extractEntities', () => {
	it('names no statistic the abstract writes only as its symbol and a value', () => {
		expect(names('Structuring was found between populations of the first species (Fst = 0.110) and of the second (Fst = 0.082).')).toEqual([]);
	});

	it('keeps a statistic the abstract names', () => {
		expect(names('We computed pairwise Fst between populations (Fst = 0.110).')).toEqual(['fixation index']);
	});
});
