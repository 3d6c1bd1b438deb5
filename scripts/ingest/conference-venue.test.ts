import { describe, expect, it } from 'vitest';
import { kindNamed } from './conference-venue.ts';
import { bibtexVenue, cslVenue } from './venue.ts';

describe('kindNamed', () => {
	it("reads a meeting's name as its proceedings, and a lecture-notes series as a book series", () => {
		expect(kindNamed('2014 3RD INTERNATIONAL CONFERENCE ON RELIABILITY, INFOCOM TECHNOLOGIES')).toBe('proceedings');
		expect(kindNamed('Proceedings of the 12th International Symposium on Applied Reconfigurable Computing')).toBe('proceedings');
		expect(kindNamed('Journal of Physics: Conference Series')).toBe('proceedings');
		expect(kindNamed('Proceedings of SPIE')).toBe('proceedings');
		expect(kindNamed('2018 IEEE 4th World Forum on Internet of Things (WF-IoT)')).toBe('proceedings');
		expect(kindNamed('2021 44th International Convention on Information, Communication and Electronic Technology (MIPRO)')).toBe('proceedings');
		expect(kindNamed('Lecture Notes in Computer Science')).toBe('book');
	});

	it('says nothing of a journal, also one titled "Proceedings" or naming a workshop', () => {
		for (const name of ['Proceedings of the IEEE', 'Proceedings of the National Academy of Sciences', 'History Workshop Journal', 'Neural Processing Letters', 'Computer Graphics Forum'])
			expect(kindNamed(name)).toBeNull();
	});
});

describe('venue kinds by name', () => {
	it("types a journal or untyped venue by its name, and never overrides a record's own book or thesis", () => {
		expect(cslVenue('article-journal', 'Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing')).toMatchObject({ kind: 'proceedings' });
		expect(bibtexVenue('article', { journal: 'Lecture Notes in Computer Science' })).toMatchObject({ kind: 'book' });
		expect(bibtexVenue('misc', { booktitle: 'Workshop on Machine Learning for Systems' })).toMatchObject({ kind: 'proceedings' });
		expect(bibtexVenue('incollection', { booktitle: 'Conference Companion' })).toMatchObject({ kind: 'book' });
	});
});
