import { describe, expect, it } from 'vitest';
import { withNlmMarks } from './nlm-trademarks.ts';

// After a PubMed MEDLINE export on spinal infections (read as a stranger's listing, not an eval listing).
describe('withNlmMarks', () => {
	it('reads a mark glued to its word as the character', () => {
		expect(withNlmMarks('Choosing Wisely Canada(R): Five tests, procedures and treatments')).toBe('Choosing Wisely Canada®: Five tests, procedures and treatments');
		expect(withNlmMarks('treated with Vivitrol(TM).')).toBe('treated with Vivitrol™.');
	});

	it("leaves a chemist's configuration and a bracketed letter standing alone", () => {
		expect(withNlmMarks('(R)-ketamine and (S)-ketamine')).toBe('(R)-ketamine and (S)-ketamine');
		expect(withNlmMarks('the right (R) and left (L) sides')).toBe('the right (R) and left (L) sides');
		expect(withNlmMarks('groups A(R1) and B')).toBe('groups A(R1) and B');
	});
});
