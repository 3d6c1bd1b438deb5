import { describe, expect, it } from 'vitest';
import { abbreviates, expandedJournal } from './abbreviated-journal.ts';

describe('abbreviates', () => {
	it('is true when each word starts a later word of the name, one of them cut short', () => {
		expect(abbreviates('Am J Clin Dermatol', 'American journal of clinical dermatology')).toBe(true);
		expect(abbreviates('Br J Dermatol', 'The British journal of dermatology')).toBe(true);
		expect(abbreviates('Photodermatol Photoimmunol Photomed', 'Photodermatology, photoimmunology & photomedicine')).toBe(true);
	});

	it('is false for a full name, a name of one word, and words out of order', () => {
		expect(abbreviates('The Lancet Oncology', 'Lancet Oncol')).toBe(false);
		expect(abbreviates('Lasers in Surgery and Medicine', 'Lasers in surgery and medicine')).toBe(false);
		expect(abbreviates('Dermatology', 'Dermatology and venereology')).toBe(false);
		expect(abbreviates('Dermatol Clin', 'Clinical dermatology')).toBe(false);
	});
});

describe('expandedJournal', () => {
	it("gives NLM's full name, in title case without its subtitle, for the abbreviation of a PubMed record", () => {
		expect(expandedJournal('J Drugs Dermatol', ['Journal of drugs in dermatology : JDD'])).toBe('Journal of Drugs in Dermatology');
		expect(expandedJournal('Br J Dermatol', ['The British journal of dermatology'])).toBe('The British Journal of Dermatology');
	});

	it('keeps a full name, and an abbreviation with no full name beside it', () => {
		expect(expandedJournal('The Lancet Oncology', ['Lancet Oncol'])).toBe('The Lancet Oncology');
		expect(expandedJournal('Int J Dermatol', [undefined])).toBe('Int J Dermatol');
	});
});
