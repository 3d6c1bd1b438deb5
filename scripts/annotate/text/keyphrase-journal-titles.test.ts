import { describe, expect, it } from 'vitest';
import { insideJournalTitle, journalTitles } from './keyphrase-journal-titles.ts';

// After an IEEE Xplore export's editorial (read as a stranger's listing, not an eval listing).
const EDITORIAL =
	'Welcome to the third issue of IEEE Transactions on Computational Social Systems (TCSS) of 2022. Many thanks to all for your great effort and support.';

describe('insideJournalTitle', () => {
	it("knows a phrase written only inside a journal's title", () => {
		expect(insideJournalTitle('Transactions on Computational Social Systems', EDITORIAL)).toBe(true);
		expect(insideJournalTitle('Computational Social Systems', EDITORIAL)).toBe(true);
	});

	it('keeps a phrase also written outside it, and any phrase of a text naming no journal', () => {
		expect(insideJournalTitle('Computational Social Systems', `${EDITORIAL} Computational Social Systems need data.`)).toBe(false);
		expect(insideJournalTitle('great effort', EDITORIAL)).toBe(false);
		expect(insideJournalTitle('social systems', 'We model social systems.')).toBe(false);
	});
});

describe('journalTitles', () => {
	it("drops an editorial's journal from its keyphrases", () => {
		expect(journalTitles.drops('Transactions on Computational Social Systems', { text: EDITORIAL, acronyms: [] })).toBe(true);
	});
});
