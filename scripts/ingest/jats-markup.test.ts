import { describe, expect, it } from 'vitest';
import { withoutJatsMarkup } from './jats-markup.ts';
import { parseCslJson } from './formats/csl-json.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('withoutJatsMarkup', () => {
	it('leaves text without JATS or MathML tags as it is, escapes and comparisons included', () => {
		for (const text of ['p < 0.05 and q > 2', 'R&amp;D &lt;tag&gt;', 'a <i>CSL</i> italic', '']) expect(withoutJatsMarkup(text)).toBe(text);
	});

	it('joins paragraphs with a space and keeps the words of inline tags', () => {
		expect(collapse(withoutJatsMarkup('<jats:p>First part.</jats:p><jats:p>We reach 10<jats:sup>−3</jats:sup> with <jats:italic>T</jats:italic> gates.</jats:p>'))).toBe(
			'First part. We reach 10−3 with T gates.',
		);
	});

	it('turns section titles into labels, a leading "Abstract" included (the label step takes that off)', () => {
		expect(collapse(withoutJatsMarkup('<jats:sec><jats:title>Background.</jats:title><jats:p>Text.</jats:p></jats:sec>'))).toBe('Background: Text.');
	});

	it('writes a MathML formula as the text of its symbols, attributes and all', () => {
		const math = '<mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML" display="inline"><mml:mi>d</mml:mi><mml:mo>=</mml:mo><mml:mn>3</mml:mn></mml:math>';
		expect(collapse(withoutJatsMarkup(`<jats:p>Codes of distance ${math} exist.</jats:p>`))).toBe('Codes of distance d=3 exist.');
	});

	it('drops the semicolon Lens.org joins a JATS abstract\'s parts with, after opening and closing tags alike', () => {
		const lens = '<jats:sec>; <jats:title>Purpose</jats:title>; <jats:p>This study aims.</jats:p>; </jats:sec>;  <jats:sec><jats:title>Findings</jats:title><jats:p>Two; three.</jats:p></jats:sec>';
		expect(collapse(withoutJatsMarkup(lens))).toBe('Purpose: This study aims. Findings: Two; three.');
		expect(collapse(withoutJatsMarkup('<jats:p>;   The landfill receives 212.2 tons a day.</jats:p>'))).toBe('The landfill receives 212.2 tons a day.');
	});

	it('reads a title standing with paragraphs but without the jats: prefix as JATS, and leaves a lone <title> in prose', () => {
		expect(collapse(withoutJatsMarkup('<title>Abstract</title>;   <p>We show x.</p>'))).toBe('Abstract: <p>We show x.</p>');
		for (const text of ['the <title> element names a page', 'a <title>Note</title> without paragraphs']) expect(withoutJatsMarkup(text)).toBe(text);
	});

	it('decodes XML escapes only in a text that had JATS tags', () => {
		expect(collapse(withoutJatsMarkup('<jats:p>errors &lt; 1% &amp; more</jats:p>'))).toBe('errors < 1% & more');
	});
});

describe('a CSL-JSON item written from Crossref', () => {
	it('has an abstract without markup and without the "Abstract" heading', () => {
		const abstract = '<jats:title>Abstract</jats:title><jats:p>We propose a decoder whose threshold is 10<jats:sup>−2</jats:sup>.</jats:p>';
		const listing = JSON.stringify([{ id: 'k', type: 'article-journal', title: 'A decoder', abstract, DOI: '10.1000/xyz' }]);
		expect(parseCslJson(listing, 'crossref.json').papers[0]!.abstract).toBe('We propose a decoder whose threshold is 10−2.');
	});

	it('has no heading left when the JATS came without its prefix, as a preprint server deposits it', () => {
		const abstract = '<title>Abstract</title>\n        <p>We propose a decoder.</p>';
		const listing = JSON.stringify([{ id: 'k', type: 'article', title: 'A decoder', abstract, DOI: '10.1000/xyz' }]);
		expect(parseCslJson(listing, 'crossref.json').papers[0]!.abstract).toBe('We propose a decoder.');
	});
});
