import { describe, expect, it } from 'vitest';
import { bibtexVenue, cslVenue, journalReference } from './venue.ts';

describe('bibtexVenue', () => {
	it('names the journal of an article and the booktitle of proceedings and chapters', () => {
		expect(bibtexVenue('article', { journal: 'Journal of Hydrology' })).toEqual({ name: 'Journal of Hydrology', kind: 'journal' });
		expect(bibtexVenue('InProceedings', { booktitle: 'Proceedings of the 40th ICML' })).toEqual({ name: 'Proceedings of the 40th ICML', kind: 'proceedings' });
		expect(bibtexVenue('incollection', { booktitle: 'Handbook of Soil Science' })).toEqual({ name: 'Handbook of Soil Science', kind: 'book' });
	});
	it('takes a journal field whatever the entry type, and a lone booktitle as a venue of no known kind', () => {
		expect(bibtexVenue('misc', { journal: 'Nature' })).toEqual({ name: 'Nature', kind: 'journal' });
		expect(bibtexVenue('misc', { booktitle: 'Workshop notes' })).toEqual({ name: 'Workshop notes', kind: 'other' });
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
