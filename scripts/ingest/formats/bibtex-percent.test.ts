import { describe, expect, it } from 'vitest';
import { parseFixture } from '../parse-fixture.ts';
import { parseBibtex } from './bibtex.ts';
import { escapeFieldPercents } from './bibtex-percent.ts';

describe('escapeFieldPercents', () => {
	it('escapes a raw % in a braced or quoted field value', () => {
		expect(escapeFieldPercents('@misc{a,\n  abstract = {About 80% accurate},\n  note = "5% {more}"\n}\n')).toBe(
			'@misc{a,\n  abstract = {About 80\\% accurate},\n  note = "5\\% {more}"\n}\n',
		);
	});

	it('leaves an escaped \\% and a % inside nested braces escaped once', () => {
		expect(escapeFieldPercents('@misc{a, abstract = {Kept \\% and {nested 3%}}}')).toBe('@misc{a, abstract = {Kept \\% and {nested 3\\%}}}');
	});

	it('leaves comments outside entries and between fields, and verbatim fields, as they are', () => {
		const text = '% 100% a comment {\n@misc{a,\n  % between fields 5%\n  url = {http://x.org/a%20b},\n  title = {T}\n}\n@comment{jabref 5%}\n';
		expect(escapeFieldPercents(text)).toBe(text);
	});
});

describe('parseBibtex on raw % signs in field values', () => {
	const bib = parseFixture(parseBibtex, 'bibtex-raw-percent/papers.bib');

	it('reads each abstract whole, escaped once, twice or not at all, each entry on its line', () => {
		expect(bib.diagnostics).toEqual([]);
		expect(bib.papers.map((paper) => [paper.sources[0].line, paper.abstract])).toEqual([
			[3, 'Earlier work yielded about 80% accurate classification. We used the Autism Brain Imaging Data Exchange (ABIDE). As high as 60% accuracy was obtained.'],
			[11, 'Still read, on its own line, with 5% escaped once and 10% escaped twice.'],
		]);
	});

	it('keeps a verbatim field as written', () => {
		expect(bib.papers[0]!.links).toEqual([{ url: 'https://example.org/abide%20paper', kind: 'other' }]);
	});
});
