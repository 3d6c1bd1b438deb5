import { describe, expect, it } from 'vitest';
import { withRichTextSpacing } from './rich-text-spacing.ts';

// After a researcher's own RIS export of their papers (read as a stranger's listing, not an eval listing).
describe('withRichTextSpacing', () => {
	it('glues a subscript to the symbols on each side of it', () => {
		expect(withRichTextSpacing('Integration of thin Al films on In <sub>0.18</sub> Ga <sub>0.82</sub> As metamorphic grades')).toBe(
			'Integration of thin Al films on In<sub>0.18</sub>Ga<sub>0.82</sub>As metamorphic grades',
		);
		expect(withRichTextSpacing('(Cu <sub>2</sub> Se) <sub>x</sub> (In <sub>2</sub> Se <sub>3</sub> ) <sub>1−x</sub> Compositions')).toBe(
			'(Cu<sub>2</sub>Se)<sub>x</sub>(In<sub>2</sub>Se<sub>3</sub>)<sub>1−x</sub> Compositions',
		);
	});

	it('keeps the space before a word after a subscript', () => {
		expect(withRichTextSpacing('the values x <sub>i</sub> and y')).toBe('the values x<sub>i</sub> and y');
	});

	it("reads a paragraph's tags and a line break as spaces", () => {
		expect(withRichTextSpacing('<p>Given an unknown alloy.</p><p>A method.</p>')).toBe(' Given an unknown alloy.  A method. ');
		expect(withRichTextSpacing('Line one.<br/>Line two.')).toBe('Line one. Line two.');
	});

	it('leaves a text without tags, and a literal "p < 0.05"', () => {
		expect(withRichTextSpacing('p < 0.05 in a plain text')).toBe('p < 0.05 in a plain text');
	});
});
