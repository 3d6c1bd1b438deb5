import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findTimeSpansInWords } from './time-spans-in-words.ts';

const spans = (text: string) => findTimeSpansInWords(text).map((v) => v.text);

describe('findTimeSpansInWords', () => {
	it('reads a span of durations written in words at both ends after a verb of ranging or taking', () => {
		expect(spans('Our parser handles a record in times ranging from few microseconds to a few hundreds microseconds.')).toEqual([
			'few microseconds to a few hundreds microseconds',
		]);
		expect(spans('Each alignment takes from several seconds to tens of minutes on a laptop.')).toEqual(['several seconds to tens of minutes']);
	});

	it('leaves a span with no verb of ranging or taking, and one whose end is no duration in words', () => {
		expect(spans('Clips were recorded from a few seconds to several minutes apart.')).toEqual([]);
		expect(spans('Storage lasts from a few days to the next harvest.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Indexing took from a few minutes to several hours.').map((v) => v.text)).toEqual(['a few minutes to several hours']);
	});
});
