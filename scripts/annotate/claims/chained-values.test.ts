import { describe, expect, it } from 'vitest';
import { chainedValues } from './chained-values.ts';

describe('chainedValues', () => {
	const opening = /\bup \d+ to \d+/g;
	const item = /, \w+ (\d+ to \d+)/y;

	it('reads every later item of a list after its opening, with its offset', () => {
		const text = 'A went up 1 to 2, B 3 to 4, C 5 to 6.';
		expect(chainedValues(text, opening, item)).toEqual([
			{ index: text.indexOf('3 to 4'), text: '3 to 4' },
			{ index: text.indexOf('5 to 6'), text: '5 to 6' },
		]);
	});

	it('ends a list where an item is missing, and starts again at the next opening', () => {
		const text = 'A went up 1 to 2; B 3 to 4. C went up 5 to 6, D 7 to 8.';
		expect(chainedValues(text, opening, item).map((v) => v.text)).toEqual(['7 to 8']);
	});

	it('gives nothing for a text without an opening', () => {
		expect(chainedValues('B 3 to 4, C 5 to 6.', opening, item)).toEqual([]);
	});
});
