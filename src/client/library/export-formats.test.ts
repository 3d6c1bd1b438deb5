import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import type { CitationRecord } from './citation-data.ts';
import { bibtexWithAbstract, EXPORT_FORMATS } from './export-formats.ts';

const record: CitationRecord = {
	id: 'a-paper',
	title: 'Learning {to} Jump: 50% Fewer Falls',
	abstract: 'We cut falls by 50% with a_b tricks.',
	authors: ['Sanyam Jain'],
	organization: null,
	published: '2023-05-16',
	arxivId: null,
	doi: null,
	url: 'https://x.org/papers/a-paper/',
};

describe('bibtexWithAbstract', () => {
	it('adds the escaped abstract to the site’s BibTeX entry, which a BibTeX parser reads back', () => {
		const entry = bibtexWithAbstract(record);
		expect(entry).toContain('  abstract = {We cut falls by 50\\% with a\\_b tricks.}\n}');
		const { entries, errors } = parse(entry, { sentenceCase: false, caseProtection: false });
		expect(errors).toEqual([]);
		expect(entries[0]!.fields).toMatchObject({ title: record.title, abstract: record.abstract });
	});
});

describe('EXPORT_FORMATS', () => {
	it('has one writer per format, each writing every paper it is given', () => {
		expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['bibtex', 'ris', 'csl-json']);
		const two = [record, { ...record, id: 'b-paper', title: 'Second' }];
		const [bib, ris, csl] = EXPORT_FORMATS.map((f) => f.write(two)) as [string, string, string];
		expect(bib.match(/^@misc\{/gm)).toHaveLength(2);
		expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
		expect((JSON.parse(csl) as { URL: string }[]).map((i) => i.URL)).toEqual([record.url, record.url]);
	});
});
