import { describe, expect, it } from 'vitest';
import { emptyLexicons, parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlyOfJournal } from './journal-names.ts';

// After an IEEE Xplore export's editorial (read as a stranger's listing, not an eval listing).
const EDITORIAL =
	'Welcome to the third issue of IEEE Transactions on Computational Social Systems (TCSS) of 2022. According to the latest update of CiteScoreTracker from Elsevier Scopus released on April 6, 2022, the CitesSore of IEEE TCSS has reached a historical high of 8.4. Many thanks to all for your great effort and support.';

describe('onlyOfJournal', () => {
	it('knows a name written only as a figure of the journal', () => {
		expect(onlyOfJournal('CitesSore', EDITORIAL, ['TCSS'])).toBe(true);
		expect(onlyOfJournal('CitesSore', 'the CitesSore of IEEE TCSS, and CitesSore alone', ['TCSS'])).toBe(false);
		expect(onlyOfJournal('CitesSore', EDITORIAL, [])).toBe(false);
	});
});

describe('journal names in extractEntities', () => {
	it("shows neither an editorial's journal nor its metrics as methods", () => {
		const lexicons = parseLexicons([{ file: 'generic.yaml', text: '- CiteScoreTracker\n' }]);
		expect(extractEntities('Parallel philosophy for metaorganizations', EDITORIAL, lexicons).map((e) => e.name)).toEqual([]);
		expect(extractEntities('Parallel philosophy for metaorganizations', EDITORIAL, emptyLexicons()).map((e) => e.name)).toEqual(['CiteScoreTracker']);
	});

	it('keeps a method a paper names beside a journal', () => {
		const abstract = 'Articles of the Journal of Hydrology (JoH) were classified with BERTopic. BERTopic found twelve themes.';
		expect(extractEntities('Themes of a journal', abstract, emptyLexicons()).map((e) => e.name)).toEqual(['BERTopic']);
	});
});
