import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { copyrightSpans } from './copyright-lines.ts';

describe('copyrightSpans', () => {
	it('finds a bracketed database record line and a publisher line', () => {
		const apa = 'Data were drawn. (PsycINFO Database Record (c) 2019 APA, all rights reserved)';
		expect(copyrightSpans(apa).map(([s, e]) => apa.slice(s, e))).toEqual(['(PsycINFO Database Record (c) 2019 APA, all rights reserved)']);
		const elsevier = 'Effects were small. © 2019 Elsevier Ltd. All rights reserved.';
		expect(copyrightSpans(elsevier).map(([s, e]) => elsevier.slice(s, e))).toEqual(['© 2019 Elsevier Ltd.']);
		expect(copyrightSpans('No mark at all in this abstract.')).toEqual([]);
		const cut = 'Symptoms fell with the program. (PsycINFO Database Record';
		expect(copyrightSpans(cut).map(([s, e]) => cut.slice(s, e))).toEqual(['(PsycINFO Database Record']);
	});

	it('keeps the indexing database of a copyright line out of the entities', () => {
		const abstract = 'Using hierarchical linear modeling, engagement was higher. (PsycINFO Database Record (c) 2019 APA, all rights reserved)';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => e.name)).toEqual(['hierarchical linear modeling']);
		const cut = 'Using hierarchical linear modeling, engagement was higher. (PsycINFO Database Record';
		expect(extractEntities('', cut, loadLexicons()).map((e) => e.name)).toEqual(['hierarchical linear modeling']);
	});
});
