import { describe, expect, it } from 'vitest';
import { opensWithSummarySubject, reportingFrame } from './reporting-frame.ts';
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

	it('finds a frame whose object is the point the results make, and more verbs and subjects of a that-frame', () => {
		expect(reportingFrame('These results highlight the need for repeated surveys of coastal wetlands.')?.[0]).toBe('These results highlight ');
		expect(reportingFrame('This finding underscores the critical importance of sampling at night.')?.[0]).toBe('This finding underscores ');
		expect(reportingFrame('These observations illustrate that sediment moves along the shelf.')?.[0]).toBe('These observations illustrate that ');
		expect(reportingFrame('These data provide strong evidence that grazing slows shrub expansion.')?.[0]).toBe('These data provide strong evidence that ');
		// No that-clause and no point named: nothing to leave out.
		expect(reportingFrame('These observations illustrate how sediment moves along the shelf.')).toBeNull();
		expect(reportingFrame('These results highlight the model of Smith.')).toBeNull();
	});

	it('shows the point made, after a summing-up connector too', () => {
		const text = 'These results illustrate the fundamental importance of calibrating every sensor before a field season.';
		expect(withoutConnector(span(text)).text).toBe('the fundamental importance of calibrating every sensor before a field season.');
		const summed = 'Taken together, these data indicate that grazing slows shrub expansion on dry slopes.';
		expect(withoutConnector(span(summed)).text).toBe('grazing slows shrub expansion on dry slopes.');
		const concluded = 'In conclusion, the new gauge halves the cost of river monitoring.';
		expect(withoutConnector(span(concluded)).text).toBe('the new gauge halves the cost of river monitoring.');
	});
});

describe('opensWithSummarySubject', () => {
	it('tells results pointed back at from a subject of their own', () => {
		expect(opensWithSummarySubject('These results show a strong effect of depth.')).toBe(true);
		expect(opensWithSummarySubject('This finding holds for every site.')).toBe(true);
		expect(opensWithSummarySubject('These species show a strong effect of depth.')).toBe(false);
		expect(opensWithSummarySubject('This analysis examines links between rainfall and yield.')).toBe(false);
	});
});
