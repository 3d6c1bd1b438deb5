import { describe, expect, it } from 'vitest';
import { withoutExportedHtml, withSpacedReferencesRead } from './exported-html.ts';

describe('withoutExportedHtml', () => {
	it('reads character references as the characters they name', () => {
		expect(withoutExportedHtml('provided low &quot;bang for the buck&quot; as stimulus')).toBe('provided low "bang for the buck" as stimulus');
		expect(withoutExportedHtml('1990&#8211;2010, &#x3b1;-stable, Gr&ouml;bner &amp; Co')).toBe('1990–2010, α-stable, Gröbner & Co');
	});

	it('takes rich-text tags off, leaving a space where a paragraph ended', () => {
		expect(withoutExportedHtml('paying off debt.<P>(This abstract was borrowed')).toBe('paying off debt. (This abstract was borrowed');
		expect(withoutExportedHtml('CO<sub>2</sub> and <i>in vivo</i><br/>next')).toBe('CO2 and in vivo next');
		expect(withoutExportedHtml('<h3>Abstract</h3> <p>We report.</p>')).toBe(' Abstract:   We report. '); // whitespace is collapsed by cleanText
	});

	it('takes off tags an exporter escaped a second time, once read', () => {
		expect(withoutExportedHtml('&lt;p&gt;Soils were sampled.&lt;br /&gt;Yields rose.&lt;/p&gt;')).toBe(' Soils were sampled. Yields rose. ');
	});

	it("keeps an author's own angle brackets and ampersands", () => {
		for (const text of ['p < 0.05 and q > 1', 'R&D, AT&T and S&P 500', 'a <b, c> pair', '&unknownname; stays', 'x<p and p>y']) {
			expect(withoutExportedHtml(text)).toBe(text);
		}
	});
});

describe('withSpacedReferencesRead', () => {
	it("reads Web of Science's spaced capital references as their characters", () => {
		expect(withSpacedReferencesRead('deviations of 1.75 & PLUSMN; 1.36 mm, & LE; 5% and 37 & DEG;C')).toBe('deviations of 1.75 ± 1.36 mm, ≤ 5% and 37 °C');
	});

	it('leaves an ampersand of prose and an unknown name as written', () => {
		for (const text of ['Johnson & JOHNSON; a firm', 'R & D; costs', 'Taylor & Francis']) expect(withSpacedReferencesRead(text)).toBe(text);
	});
});
