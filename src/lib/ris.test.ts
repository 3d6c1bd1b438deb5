import { describe, expect, it } from 'vitest';
import type { CitedPaper } from './csl-json.ts';
import { toRis, toRisRecord } from './ris.ts';

const paper: CitedPaper = {
	id: 'ramario-experimental-approach',
	title: 'RAMario: Experimental Approach\nto Reptile Algorithm',
	abstract: 'We apply Reptile\n\nto Super Mario Bros.',
	authors: ['Sanyam Jain', 'Lovelace, Ada'],
	organization: null,
	published: '2023-05-16',
	arxivId: '2305.09655',
	doi: '10.48550/arXiv.2305.09655',
	links: [],
};

describe('toRisRecord', () => {
	it('writes one tag per line, authors as "Family, Given", values on one line and ER last', () => {
		expect(toRisRecord(paper).split('\r\n')).toEqual([
			'TY  - UNPB',
			'ID  - jain2023ramario',
			'TI  - RAMario: Experimental Approach to Reptile Algorithm',
			'AU  - Jain, Sanyam',
			'AU  - Lovelace, Ada',
			'PY  - 2023',
			'DA  - 2023/05/16/',
			'AB  - We apply Reptile to Super Mario Bros.',
			'PB  - arXiv',
			'M1  - arXiv:2305.09655',
			'DO  - 10.48550/arXiv.2305.09655',
			'UR  - https://arxiv.org/abs/2305.09655',
			'ER  - ',
		]);
	});

	it('writes a generic record with the organisation and page URL when that is all there is', () => {
		const lines = toRisRecord({ ...paper, authors: [], organization: 'DeepMind', arxivId: null, doi: null, published: null }, 'https://x.org/p/').split('\r\n');
		expect(lines).toContain('TY  - GEN');
		expect(lines).toContain('AU  - DeepMind');
		expect(lines).toContain('UR  - https://x.org/p/');
		expect(lines.some((l) => l.startsWith('PY'))).toBe(false);
	});

	it('types a paper by its venue and names the venue as the secondary title', () => {
		const journal = toRisRecord({ ...paper, venue: { name: 'Water Research', kind: 'journal' } }).split('\r\n');
		expect(journal[0]).toBe('TY  - JOUR');
		expect(journal).toContain('T2  - Water Research');
		expect(toRisRecord({ ...paper, venue: { name: 'CHI 2024', kind: 'proceedings' } }).split('\r\n')[0]).toBe('TY  - CPAPER');
		expect(toRisRecord({ ...paper, venue: { name: 'A Handbook', kind: 'book' } }).split('\r\n')[0]).toBe('TY  - CHAP');
		expect(toRisRecord({ ...paper, venue: null }).split('\r\n')[0]).toBe('TY  - UNPB');
		// A thesis's university and a report's institution are their publisher (PB), in place of arXiv.
		const thesis = toRisRecord({ ...paper, venue: { name: 'University of Utah', kind: 'thesis' } }).split('\r\n');
		expect(thesis[0]).toBe('TY  - THES');
		expect(thesis.filter((l) => l.startsWith('PB  - '))).toEqual(['PB  - University of Utah']);
		expect(toRisRecord({ ...paper, venue: { name: 'INL', kind: 'report' } }).split('\r\n')).toEqual(expect.arrayContaining(['TY  - RPRT', 'PB  - INL']));
	});

	it('leaves the parts of a date the source did not state empty', () => {
		expect(toRisRecord({ ...paper, published: '2021-09' }).split('\r\n')).toEqual(expect.arrayContaining(['PY  - 2021', 'DA  - 2021/09//']));
		expect(toRisRecord({ ...paper, published: '2021' }).split('\r\n')).toEqual(expect.arrayContaining(['PY  - 2021', 'DA  - 2021///']));
	});
});

describe('toRis', () => {
	it('separates records and ends every one with ER', () => {
		const text = toRis([paper, { ...paper, id: 'b' }]);
		expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
		expect(text.match(/^ER {2}- $/gm)).toHaveLength(2);
		expect(text.endsWith('ER  - \r\n')).toBe(true);
	});
});
