import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseEndnoteXml } from './endnote-xml.ts';
import { parseRis } from './ris.ts';

const run = (text: string) => `<style face="normal" font="default" size="100%">${text}</style>`;

/** Three records as EndNote 20 writes them: every text in style runs, one record a line. */
const text = [
	'<?xml version="1.0" encoding="UTF-8" ?><xml><records>',
	`<record><database name="Soil.enl" path="C:\\Soil.enl">Soil.enl</database><source-app name="EndNote" version="20.4">EndNote</source-app><rec-number>7</rec-number><ref-type name="Journal Article">17</ref-type><contributors><authors><author>${run('Okafor, Ada N.')}</author><author>${run('Lindqvist, Bj&#248;rn')}</author></authors></contributors><titles><title>${run('Grazing and soil carbon in ')}<style face="italic" font="default" size="100%">Festuca</style>${run(' meadows')}</title><secondary-title>${run('J Soil Ecol')}</secondary-title></titles><periodical><full-title>${run('Journal of Soil Ecology')}</full-title></periodical><dates><year>${run('2021')}</year><pub-dates><date>${run('Jun')}</date></pub-dates></dates><abstract>${run('BACKGROUND: Soils store carbon. RESULTS: We grazed twelve plots and measured losses of 12% (p &lt; 0.05).')}</abstract><notes>${run('Okafor, Ada&#xD;Journal Article')}</notes><electronic-resource-num>${run('doi: 10.1000/soil.2021.7')}</electronic-resource-num></record>`,
	`<record><ref-type name="Conference Proceedings">10</ref-type><titles><title>${run('A record without an abstract')}</title></titles><dates><year>${run('2019')}</year></dates></record>`,
	`<record><ref-type name="Journal Article">17</ref-type><titles><title></title></titles></record>`,
	'</records></xml>',
].join('\n');

describe('parseEndnoteXml on an EndNote 20 export', () => {
	const { papers, diagnostics } = parseEndnoteXml(text, 'soil.xml');

	it("reads a field's style runs as one text, character references decoded, each record's line", () => {
		expect(papers.map((paper) => [paper.title, paper.sources[0]!.line, paper.sources[0]!.record])).toEqual([
			['Grazing and soil carbon in Festuca meadows', 2, 1],
			['A record without an abstract', 3, 2],
		]);
		expect(papers[0]!.authors).toEqual(['Ada N. Okafor', 'Bjørn Lindqvist']);
		expect(papers[0]!.abstract).toContain('losses of 12% (p < 0.05).');
	});

	it('reads the journal, the date of year and month, and the DOI out of its field', () => {
		expect(papers[0]!.venue).toEqual({ name: 'Journal of Soil Ecology', kind: 'journal' });
		expect(papers[0]!.published).toBe('2021-06');
		expect(papers[0]!.doi).toBe('10.1000/soil.2021.7');
		expect(papers[1]!.venue).toBeNull();
	});

	it('skips a record without a title with a warning naming it and its line', () => {
		expect(diagnostics.map((d) => [d.line, d.column, d.message])).toContainEqual([4, 1, 'Skipped the Journal Article record 3: expected a title (a <titles><title> element).']);
	});

	// EndNote writes a library on one line (the lead's EndNote XML of a systematic review gave every record "line 1").
	it('names the place of a record on a one-line export by its column and number, counted in the file as written', () => {
		const oneLine = text.replace(/\n/g, '');
		const skipped = parseEndnoteXml(oneLine, 'soil.xml').diagnostics;
		expect(skipped).toEqual([
			{ severity: 'warning', file: 'soil.xml', line: 1, column: oneLine.lastIndexOf('<record>') + 1, message: 'Skipped the Journal Article record 3: expected a title (a <titles><title> element).' },
		]);
	});

	it('is detected from its opening, ahead of the arXiv Atom reader', () => {
		expect(detectFormat(text, 'export.xml').id).toBe('endnote-xml');
		expect(detectFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'x.xml').id).toBe('arxiv-atom');
	});

	it("names a journal of a PubMed-filled library by NLM's full name, not the abbreviation EndNote puts first", () => {
		const pubmed = `<xml><records><record><ref-type name="Journal Article">17</ref-type><titles><title>${run('Blue light for acne')}</title></titles><periodical><full-title>${run('Am J Clin Dermatol')}</full-title><abbr-1>${run('American journal of clinical dermatology')}</abbr-1></periodical><abstract>${run('Light helps.')}</abstract></record></records></xml>`;
		expect(parseEndnoteXml(pubmed, 'acne.xml').papers[0]!.venue).toEqual({ name: 'American Journal of Clinical Dermatology', kind: 'journal' });
	});

	it('names the line and column of broken XML', () => {
		const broken = parseEndnoteXml('<xml><records>\n<record><titles><title>x</titles></record></records></xml>', 'cut.xml');
		expect(broken.papers).toEqual([]);
		expect(broken.diagnostics[0]).toMatchObject({ file: 'cut.xml', line: 2 });
		expect(broken.diagnostics[0]!.message).toMatch(/^Invalid XML: .* Expected a well-formed EndNote XML export\.$/);
		// Style runs before the fault count in its column, as an editor shows the file.
		const styled = parseEndnoteXml(`<xml><records><record><titles><title>${run('x')}</titles></record></records></xml>`, 'cut.xml');
		expect(styled.diagnostics[0]).toMatchObject({ line: 1, column: '<xml><records><record><titles><title>'.length + run('x').length + 1 });
	});

	it('names the end of a file cut off inside a record', () => {
		const cut = text.slice(0, text.indexOf('</record>'));
		expect(parseEndnoteXml(cut, 'cut.xml').diagnostics[0]).toMatchObject({ line: 2, column: cut.length - cut.lastIndexOf('\n') });
		expect(parseEndnoteXml(cut, 'cut.xml').diagnostics[0]!.message).toMatch(/^Invalid XML: the file ends before .*<record>, <records> and <xml> are closed\./);
	});
});

describe('parseEndnoteXml on an indented export without style runs', () => {
	it('reads each field without the indentation around it', () => {
		const indented = [
			'<?xml version="1.0" encoding="UTF-8"?>',
			'<xml>',
			'  <records>',
			'    <record>',
			'      <ref-type name="Journal Article">17</ref-type>',
			'      <contributors>',
			'        <authors>',
			'          <author>',
			'            Das, S.',
			'          </author>',
			'        </authors>',
			'      </contributors>',
			'      <titles>',
			'        <title>',
			'          Recent advances in acne pathogenesis',
			'        </title>',
			'      </titles>',
			'      <dates>',
			'        <year>',
			'          2014',
			'        </year>',
			'      </dates>',
			'      <abstract>',
			'        Acne pathogenesis is a multifactorial process.&#13;It occurs at the pilosebaceous unit.',
			'      </abstract>',
			'    </record>',
			'  </records>',
			'</xml>',
		].join('\n');
		const [paper] = parseEndnoteXml(indented, 'tidy.xml').papers;
		expect([paper!.title, paper!.authors, paper!.published, paper!.sources[0]!.line]).toEqual(['Recent advances in acne pathogenesis', ['S. Das'], '2014', 4]);
		expect(paper!.abstract).toBe('Acne pathogenesis is a multifactorial process. It occurs at the pilosebaceous unit.');
	});
});

describe('EndNote XML and RIS of one library', () => {
	it('give the same paper', () => {
		const ris = ['TY  - JOUR', 'AU  - Okafor, Ada N.', 'AU  - Lindqvist, Bjørn', 'TI  - Grazing and soil carbon in Festuca meadows', 'T2  - Journal of Soil Ecology', 'PY  - 2021', 'DA  - 2021/06//', 'AB  - BACKGROUND: Soils store carbon. RESULTS: We grazed twelve plots and measured losses of 12% (p < 0.05).', 'DO  - 10.1000/soil.2021.7', 'ER  - '].join('\n');
		const [fromXml] = parseEndnoteXml(text, 'soil.xml').papers;
		const [fromRis] = parseRis(ris, 'soil.ris').papers;
		const { sources: _a, ...xml } = fromXml!;
		const { sources: _b, ...risPaper } = fromRis!;
		expect(xml).toEqual(risPaper);
	});
});
