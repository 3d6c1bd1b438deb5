import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const entities = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name} ${e.role} ${e.spans.map((s) => s.text).join(',')}`);

describe('macro-named title', () => {
	it('reads a macro spelling the title name\'s letters as that name, the paper\'s own', () => {
		const abstract = 'Parsers fail on dense tables. We train \\tabloreader on cleaner data, keeping the base \\tablo fixed. \\tabloreader gains four points.';
		const names = entities('TabLo3-Reader: Cleaner Data for Table Parsing', abstract);
		expect(names).toContain('TabLo3-Reader introduced \\tabloreader,\\tabloreader');
	});

	it('leaves macros of other letters and titles with no coined name', () => {
		expect(entities('TabLo3-Reader: Cleaner Data for Table Parsing', 'We keep \\tablo fixed and cite \\cite{x}.').filter((e) => e.startsWith('TabLo3'))).toEqual([]);
		expect(entities('Table parsing: cleaner data', 'We train \\tableparsing on cleaner data.')).toEqual([]);
	});
});
