import { describe, expect, it } from 'vitest';
import { blankJournalTitles, isJournalTitle, journalTitleSpans } from './journal-titles.ts';

// After an IEEE Xplore export's editorial (read as a stranger's listing, not an eval listing).
const EDITORIAL = 'Welcome to the third issue of IEEE Transactions on Computational Social Systems (TCSS) of 2022.';

describe('isJournalTitle', () => {
	it("knows a journal's title as publishers form them", () => {
		expect(isJournalTitle('Transactions on Computational Social Systems')).toBe(true);
		expect(isJournalTitle('IEEE Transactions on Intelligent Transportation Systems')).toBe(true);
		expect(isJournalTitle('International Journal of Production Research')).toBe(true);
		expect(isJournalTitle('Physical Review Letters')).toBe(true);
	});

	it('leaves the long form of a method and a sentence naming a journal', () => {
		expect(isJournalTitle('Transformer on Graphs')).toBe(false);
		expect(isJournalTitle('Journey Planner')).toBe(false);
		expect(isJournalTitle('papers of the Journal of Hydrology')).toBe(false);
	});
});

describe('journalTitleSpans', () => {
	it("finds a journal's title in running text, publisher and all, up to its last capitalised word", () => {
		const [[start, end]] = journalTitleSpans(EDITORIAL) as [[number, number]];
		expect(EDITORIAL.slice(start, end)).toBe('IEEE Transactions on Computational Social Systems');
		const text = 'as the International Journal of Production Research reported';
		expect(journalTitleSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['International Journal of Production Research']);
	});

	it('finds none in a text without one', () => {
		expect(journalTitleSpans('We review transactions on blockchains.')).toEqual([]);
	});
});

describe('blankJournalTitles', () => {
	it('blanks the title and keeps every offset', () => {
		const blanked = blankJournalTitles(EDITORIAL);
		expect(blanked).toHaveLength(EDITORIAL.length);
		expect(blanked).not.toContain('Computational');
		expect(blanked).toContain('(TCSS) of 2022.');
	});
});
