import { describe, expect, it } from 'vitest';
import { reportingFrame } from './reporting-frame.ts';
import { withoutConnector } from './standalone-sentence.ts';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('reportingFrame', () => {
	it('finds a demonstrative frame before a that-clause', () => {
		expect(reportingFrame('These findings suggest that species turnover diverges from scale invariance.')?.[0]).toBe('These findings suggest that ');
		expect(reportingFrame('These results together indicate that evenness drives diversity.')?.[0]).toBe('These results together indicate that ');
	});

	it('keeps a frame that names whose results they are, and a frame without a that-clause', () => {
		expect(reportingFrame('Our findings suggest that the Ribbed Mussel does not act as a foundation species.')).toBeNull();
		expect(reportingFrame('These findings are robust across sites.')).toBeNull();
	});

	it('shows the finding itself in the TL;DR', () => {
		// mcglinn_scale_2012 in scripts/eval/listings/unseen-ecology.bib.
		const text = 'These findings suggest that species turnover diverges from scale invariance, and as such pairwise turnover and the slope of the SAR are not redundant.';
		expect(withoutConnector(span(text)).text).toBe('species turnover diverges from scale invariance, and as such pairwise turnover and the slope of the SAR are not redundant.');
	});
});
