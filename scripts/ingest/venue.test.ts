import { describe, expect, it } from 'vitest';
import { bibtexVenue, cslVenue, journalReference } from './venue.ts';

describe('bibtexVenue', () => {
	it('names the journal of an article and the booktitle of proceedings and chapters', () => {
		expect(bibtexVenue('article', { journal: 'Journal of Hydrology' })).toEqual({ name: 'Journal of Hydrology', kind: 'journal' });
		expect(bibtexVenue('InProceedings', { booktitle: 'Proceedings of the 40th ICML' })).toEqual({ name: 'Proceedings of the 40th ICML', kind: 'proceedings' });
		expect(bibtexVenue('incollection', { booktitle: 'Handbook of Soil Science' })).toEqual({ name: 'Handbook of Soil Science', kind: 'book' });
	});
	it('names the school of a thesis and the institution of a report, by the entry type', () => {
		expect(bibtexVenue('phdthesis', { school: 'University of Utah' })).toEqual({ name: 'University of Utah', kind: 'thesis' });
		expect(bibtexVenue('MastersThesis', { school: 'ETH Zürich' })).toEqual({ name: 'ETH Zürich', kind: 'thesis' });
		expect(bibtexVenue('thesis', { institution: 'Universität Wien' })).toEqual({ name: 'Universität Wien', kind: 'thesis' });
		expect(bibtexVenue('techreport', { institution: 'Idaho National Laboratory' })).toEqual({ name: 'Idaho National Laboratory', kind: 'report' });
		expect(bibtexVenue('report', { institution: 'NASA Langley Research Center' })).toEqual({ name: 'NASA Langley Research Center', kind: 'report' });
		// A school on an article is not where it was published.
		expect(bibtexVenue('article', { journal: 'Nature', school: 'MIT' })).toEqual({ name: 'Nature', kind: 'journal' });
		expect(bibtexVenue('techreport', {})).toBeNull();
	});
	it('takes a journal field whatever the entry type, and a lone booktitle as a venue of no known kind', () => {
		expect(bibtexVenue('misc', { journal: 'Nature' })).toEqual({ name: 'Nature', kind: 'journal' });
		expect(bibtexVenue('misc', { booktitle: 'Collected notes' })).toEqual({ name: 'Collected notes', kind: 'other' });
	});
	it('is none for arXiv and DBLP\'s CoRR, which are the arXiv record, and for empty fields', () => {
		expect(bibtexVenue('article', { journal: 'arXiv preprint arXiv:2301.00001' })).toBeNull();
		expect(bibtexVenue('article', { journal: 'CoRR' })).toBeNull();
		expect(bibtexVenue('article', { journal: '  ' })).toBeNull();
		expect(bibtexVenue('book', {})).toBeNull();
	});
});

describe('cslVenue', () => {
	it('reads the container title by the item type', () => {
		expect(cslVenue('article-journal', 'Water Research')).toEqual({ name: 'Water Research', kind: 'journal' });
		expect(cslVenue('paper-conference', 'CHI Conference on Human Factors')).toEqual({ name: 'CHI Conference on Human Factors', kind: 'proceedings' });
		expect(cslVenue('chapter', 'The Oxford Handbook of Law')).toEqual({ name: 'The Oxford Handbook of Law', kind: 'book' });
		expect(cslVenue('report', 'Working papers')).toEqual({ name: 'Working papers', kind: 'other' });
	});
	// Citavi's and Lens's RIS (asreview/citation-file-formatting, Datasets/RIS), which keep PubMed's journal names.
	it("writes a journal's name in NLM's catalogue form as the journal prints it", () => {
		expect(cslVenue('article-journal', 'Molecular imaging and biology')).toEqual({ name: 'Molecular Imaging and Biology', kind: 'journal' });
		expect(cslVenue('article-journal', 'European archives of oto-rhino-laryngology : official journal of the European Federation')!.name).toBe(
			'European Archives of Oto-rhino-laryngology',
		);
		expect(cslVenue('article-journal', 'PLoS ONE')!.name).toBe('PLoS ONE');
		expect(cslVenue('article-journal', 'Nature')!.name).toBe('Nature');
		expect(cslVenue('article-journal', 'Cell reports')!.name).toBe('Cell Reports');
		expect(cslVenue('article-journal', 'BMC ecology and evolution')!.name).toBe('BMC Ecology and Evolution');
	});
	it('names the publisher of a thesis or report, which issued it, over a report\'s series', () => {
		expect(cslVenue('thesis', undefined, 'University of Cambridge')).toEqual({ name: 'University of Cambridge', kind: 'thesis' });
		expect(cslVenue('report', 'Working papers', 'National Bureau of Economic Research')).toEqual({ name: 'National Bureau of Economic Research', kind: 'report' });
		expect(cslVenue('article-journal', 'Water Research', 'Elsevier')).toEqual({ name: 'Water Research', kind: 'journal' });
		expect(cslVenue('thesis', undefined, '  ')).toBeNull();
	});
	it('is none without a container title, or when it is arXiv', () => {
		expect(cslVenue('article-journal', undefined)).toBeNull();
		expect(cslVenue('article', 'arXiv')).toBeNull();
	});
});

describe('journalReference', () => {
	it('keeps arXiv\'s free-text journal reference as a venue of no known kind', () => {
		expect(journalReference('Phys. Rev. D 99, 012345 (2019)')).toEqual({ name: 'Phys. Rev. D 99, 012345 (2019)', kind: 'other' });
		expect(journalReference(undefined)).toBeNull();
	});
});
