import { describe, expect, it } from 'vitest';
import { parseFixture as parseFixtureWith } from '../parse-fixture.ts';
import { parseBibtex } from './bibtex.ts';

const parseFixture = (name: string) => parseFixtureWith(parseBibtex, name);

describe('parseBibtex on a listing of @article, @inproceedings and @misc entries', () => {
	const bib = parseFixture('bibtex/papers.bib');

	it('reads every entry with a title, in file order, with its line', () => {
		expect(bib.papers.map((paper) => [paper.sources[0].line, paper.title])).toEqual([
			[4, 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model'],
			[12, 'Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks'],
			[22, 'On First-Order Meta-Learning Algorithms'],
			[33, 'Proximal Policy Optimization Algorithms'],
			[40, 'Über die Lernfähigkeit von Agenten: Café-Maßstäbe für few-shot RL'],
		]);
	});

	it('reads an arXiv eprint with its archive prefix, dropping the version', () => {
		expect(bib.papers[2]).toEqual({
			title: 'On First-Order Meta-Learning Algorithms',
			abstract:
				'This paper considers meta-learning problems. We analyze a family of first-order algorithms, including Reptile, which works by repeatedly sampling a task, training on it, and moving the initialization towards the trained weights on that task.',
			authors: ['Alex Nichol', 'Joshua Achiam', 'John Schulman'],
			abstractSections: [],
			authorCount: 3,
			organization: null,
			published: '2018-03-08',
			comments: null,
			upvotes: null,
			arxivId: '1803.02999',
			doi: null,
			venue: null,
			links: [],
			huggingFace: null,
			sources: [{ file: bib.file, format: 'bibtex', line: 22 }],
		});
	});

	it('reads the venue: a booktitle of proceedings (through its @string macro), never an "arXiv preprint" journal', () => {
		expect(bib.papers[1]?.venue).toEqual({ name: 'International Conference on Machine Learning', kind: 'proceedings' });
		expect(bib.papers[0]?.venue).toBeNull();
	});

	it('reads a thesis\'s school and a report\'s institution as who issued it', () => {
		const entry = (type: string, fields: string) => parseBibtex(`@${type}{k, title = {T}, abstract = {A.}, ${fields}}`, 'x.bib').papers[0]!.venue;
		expect(entry('phdthesis', 'school = {University of {Utah}}, type = {{PhD} {Thesis}}')).toEqual({ name: 'University of Utah', kind: 'thesis' });
		expect(entry('techreport', 'institution = {Idaho National Laboratory}, number = {INL/EXT-21-1}')).toEqual({ name: 'Idaho National Laboratory', kind: 'report' });
	});

	it('takes the arXiv id from an "arXiv preprint" journal and decodes math and escapes', () => {
		expect(bib.papers[0]).toMatchObject({ arxivId: '2305.18290', published: '2023', authorCount: 6 });
		expect(bib.papers[0].abstract).toMatch(/optimising a policy against it with RL, a complex.* for < 1% of the cost\.$/);
	});

	it('takes an arXiv id from an arXiv URL only, never from another site whose path ends as one does', () => {
		const entry = (url: string) => `@article{k, title = {T}, abstract = {A.}, doi = {10.1109/TMI.2003.820027}, url = {${url}}}`;
		expect(parseBibtex(entry('http://ieeexplore.ieee.org/document/1247785/'), 'x.bib').papers[0]).toMatchObject({ arxivId: null, doi: '10.1109/TMI.2003.820027' });
		expect(parseBibtex(entry('https://arxiv.org/abs/hep-th/9901001v2'), 'x.bib').papers[0]!.arxivId).toBe('hep-th/9901001');
	});

	it('reads the date as precise as the entry gives it: a full `date`, else `year` with its `month`', () => {
		expect(bib.papers.map((paper) => paper.published)).toEqual(['2023', '2017-08', '2018-03-08', '2017', '2024-09']);
	});

	it('reads a DOI, the url field and a \\url in the abstract', () => {
		const maml = bib.papers[1];
		expect(maml.doi).toBe('10.5555/3305381.3305498');
		expect(maml.links).toEqual([
			{
				url: 'https://github.com/cbfinn/maml',
				kind: 'code',
				span: { start: 158, end: 188, text: 'https://github.com/cbfinn/maml' },
			},
			{ url: 'https://proceedings.mlr.press/v70/finn17a.html', kind: 'other' },
		]);
		expect(maml.abstract.slice(158, 188)).toBe('https://github.com/cbfinn/maml');
	});

	it('decodes LaTeX accents, ligatures, quotes, dashes and protective braces to Unicode', () => {
		expect(bib.papers[4].authors).toEqual(['Jörg Müller', 'María García', 'Søren Østergaard']);
		expect(bib.papers[4].abstract).toBe(
			'Wir untersuchen, ob Agenten mit wenigen Beispielen lernen können. Die Ergebnisse zeigen “robuste” Verbesserungen – auch für große Modelle.',
		);
	});

	it('writes $\\mu$ as the Greek letter every other Greek letter is decoded to, never its maths italic', () => {
		const [paper] = parseBibtex('@article{k, title = {Ozone at 5 $\\mu$g}, abstract = {We detect 5 $\\mu$g and $\\alpha$ waves.}}', 'x.bib').papers;
		expect([paper!.title, paper!.abstract]).toEqual(['Ozone at 5 μg', 'We detect 5 μg and α waves.']);
	});

	it('lists an entry without an abstract by its details, with an empty abstract and no warning of its own', () => {
		expect(bib.papers[3]).toMatchObject({ title: 'Proximal Policy Optimization Algorithms', abstract: '', abstractSections: [] });
		expect(bib.diagnostics).toEqual([]);
	});
});

describe('parseBibtex on an entry with an unclosed brace', () => {
	it('reports the line of the broken entry and still reads the entries around it', () => {
		const bib = parseFixture('bibtex-unclosed/papers.bib');
		expect(bib.diagnostics).toEqual([
			{
				severity: 'warning',
				file: bib.file,
				line: 8,
				message: 'Skipped the @article entry "broken2017": a "{" is never closed; expected a matching "}" before line 14, column 1.',
			},
		]);
		expect(bib.papers.map((paper) => [paper.sources[0].line, paper.arxivId])).toEqual([
			[1, '1803.02999'],
			[14, null],
		]);
	});

	it('reports a brace left open at the end of the file', () => {
		const text = '@misc{a,\n  title = {A},\n  abstract = {Some text long enough.}\n}\n\n@misc{b,\n  title = {Cut off,\n';
		expect(parseBibtex(text, 'x.bib').diagnostics).toMatchObject([
			{ severity: 'warning', line: 6, message: expect.stringMatching(/^Skipped the @misc entry "b": a "\{" is never closed/) },
		]);
	});
});

describe('parseBibtex on text that must stay verbatim', () => {
	it('keeps literal angle brackets while dropping the parser\'s own markup and an export\'s rich-text tags', () => {
		const text = '@misc{a,\n  title = {A <script>alert(1)</script> \\emph{b}},\n  abstract = {Uses $\\alpha$ and <b>bold</b> \\textbf{text}, p < 0.05.}\n}\n';
		const [paper] = parseBibtex(text, 'x.bib').papers;
		expect(paper.title).toBe('A <script>alert(1)</script> b');
		expect(paper.abstract).toBe('Uses α and bold text, p < 0.05.');
	});

	it('reads the HTML and mis-read UTF-8 an export left in a field', () => {
		const text = [
			'@article{a,',
			'  title = {Rebates and \\&quot;Bang for the Buck\\&quot;},',
			'  abstract = {Out of â€˜liquidityâ€™ -the debt response to a change in borrowing',
			'                  capacity- using limits, rebates gave low \\&quot;bang for the',
			'                  buck\\&quot;.<P>(This abstract was borrowed.)}',
			'}',
			'',
		].join('\n');
		const [paper] = parseBibtex(text, 'x.bib').papers;
		expect(paper.title).toBe('Rebates and "Bang for the Buck"');
		expect(paper.abstract).toBe(
			'Out of ‘liquidity’ -the debt response to a change in borrowing capacity- using limits, rebates gave low "bang for the buck". (This abstract was borrowed.)',
		);
	});

	it('keeps the angle brackets of a SICI DOI, so the paper is keyed by the DOI as written', () => {
		const text = '@article{a,\n  title = {T},\n  doi = {10.1002/(SICI)1099-1085(20000215)14:2<317::AID-HYP929>3.0.CO;2-T},\n  abstract = {A.}\n}\n';
		const [paper] = parseBibtex(text, 'x.bib').papers;
		expect(paper.doi).toBe('10.1002/(SICI)1099-1085(20000215)14:2<317::AID-HYP929>3.0.CO;2-T');
	});

	// unseen-round26-anopheles-entomology.bib (scripts/eval/listings/SOURCES.md), a Web of Science export.
	it('reads the square bracket Web of Science braces in a SICI DOI', () => {
		const text = '@article{ WOS:000242345100024,\nTitle = {T},\nDOI = {10.1603/0022-2585(2006)43{[}1215:COTMVS]2.0.CO;2},\nAbstract = {A.}\n}\n';
		expect(parseBibtex(text, 'x.bib').papers[0]!.doi).toBe('10.1603/0022-2585(2006)43[1215:COTMVS]2.0.CO;2');
	});
});

describe('parseBibtex on the character references of a Web of Science export', () => {
	// unseen-round28-drone-aeroacoustics.bib (scripts/eval/listings/SOURCES.md): the export escapes the ampersand.
	it('reads a spaced, capitalised reference as the character it names', () => {
		const text = '@article{ WOS:1,\nTitle = {{T}},\nAbstract = {{Tested at 0 angles \\& PLUSMN;30 degrees, R\\&D kept.}},\n}\n';
		expect(parseBibtex(text, 'x.bib').papers[0]!.abstract).toBe('Tested at 0 angles ±30 degrees, R&D kept.');
	});
});

describe('parseBibtex on the venue of a Web of Science export', () => {
	// unseen-round28-drone-aeroacoustics.bib (scripts/eval/listings/SOURCES.md).
	it('cases a one-word journal in capitals as its ISO abbreviation spells it', () => {
		const text = '@article{ WOS:1,\nTitle = {{T}},\nJournal = {DRONES},\nJournal-ISO = {Drones-Basel},\nAbstract = {{A.}},\n}\n';
		expect(parseBibtex(text, 'x.bib').papers[0]!.venue?.name).toBe('Drones');
	});
});

describe('parseBibtex on the names of a Web of Science export', () => {
	// unseen-round26-anopheles-entomology.bib (scripts/eval/listings/SOURCES.md): older records have initials only.
	it('gives initials written alone their points, and leaves full given names and a name in capitals', () => {
		const text = '@article{ WOS:1,\nAuthor = {Forattini, OP and Sallum, MAM and Gutierrez, Lina A. and SMITH, ANN},\nTitle = {{T}},\nAbstract = {{A.}},\n}\n';
		expect(parseBibtex(text, 'x.bib').papers[0]!.authors).toEqual(['O. P. Forattini', 'M. A. M. Sallum', 'Lina A. Gutierrez', 'ANN SMITH']);
	});
});

describe('parseBibtex on the dates of a Web of Science export', () => {
	const dated = (fields: string) => parseBibtex(`@article{ WOS:1,\nTitle = {{T}},\n${fields}Abstract = {{A.}},\n}\n`, 'x.bib').papers[0]!.published;

	// unseen-round26-dea-efficiency.bib and unseen-round26-anopheles-entomology.bib (scripts/eval/listings/SOURCES.md).
	it('reads an issue\'s day or its two months in the month field', () => {
		expect(dated('Year = {{2020}},\nMonth = {{AUG 10}},\n')).toBe('2020-08-10');
		expect(dated('Year = {2010},\nMonth = {JUL-AUG},\n')).toBe('2010-07');
		expect(dated('Year = {2010},\nMonth = {FAL},\n')).toBe('2010');
	});

	it('dates a record with no year yet by the month it came out online', () => {
		expect(dated('Early Access Date = {{JUN 2020}},\n')).toBe('2020-06');
		expect(dated('Year = {{2021}},\nEarly Access Date = {{JUN 2020}},\n')).toBe('2021');
	});
});

describe('parseBibtex on an export that escaped LaTeX twice', () => {
	// As a journal's export writes it (scripts/eval/listings/astrophysics.bib): read as TeX,
	// `\\` is a line break and the `%` after `\\\\` a comment that would cut the abstract there.
	const text = [
		'@article{first,',
		'  title = "{Sources through Deep Learning}",',
		'  abstract = "{Recovered within \\\\$10\\\\\\\\%\\\\$ of the values for \\\\$80\\\\\\\\%\\\\$ of all sources.}",',
		'}',
		'@article{second,',
		'  title = {Next},',
		'  abstract = {Still read, on its own line.},',
		'}',
		'',
	].join('\n');

	it('reads the abstract whole, each percentage as written, and keeps the next entry on its line', () => {
		const { papers, diagnostics } = parseBibtex(text, 'x.bib');
		expect(diagnostics).toEqual([]);
		expect(papers.map((paper) => [paper.sources[0].line, paper.abstract])).toEqual([
			[1, 'Recovered within 10% of the values for 80% of all sources.'],
			[5, 'Still read, on its own line.'],
		]);
	});
});

describe('parseBibtex on an author field written with commas', () => {
	const text = [
		'@inproceedings{lee2020,',
		'  author = "Ann Lee, Bo Chen, J{\\"o}rg M{\\"u}ller, Cy Diaz, and Dee Evans",',
		'  title = {Checking Plans},',
		'  abstract = {We check motion plans quickly.}',
		'}',
		'',
		'@article{king1963,',
		'  author = {King, Jr., Martin Luther and Ann Lee},',
		'  title = {Letters},',
		'  abstract = {We write letters from a city.}',
		'}',
	].join('\n');
	const bib = parseBibtex(text, 'x.bib');

	it('keeps the entry and reads every name in the order written, decoded', () => {
		expect(bib.papers.map((paper) => paper.title)).toEqual(['Checking Plans', 'Letters']);
		expect(bib.papers[0]!.authors).toEqual(['Ann Lee', 'Bo Chen', 'Jörg Müller', 'Cy Diaz', 'Dee Evans']);
		expect(bib.papers[0]!.authorCount).toBe(5);
	});

	it('says on the entry line how the field was read, and skips nothing', () => {
		expect(bib.diagnostics).toEqual([
			{ severity: 'warning', file: 'x.bib', line: 1, message: 'Read the author field of the @inproceedings entry "lee2020" as names separated by commas; BibTeX separates names with "and".', recordKept: true },
		]);
	});

	it('leaves a real "Last, Jr, First" name alone', () => {
		expect(bib.papers[1]!.authors).toEqual(['Martin Luther King Jr.', 'Ann Lee']);
	});
});

describe('parseBibtex on an abstract Zotero joined to a journal\'s other parts', () => {
	const text = [
		'@article{rivers2021,',
		'\ttitle = {Sediment in Rivers},',
		'\tabstract = {Rivers carry sediment to the sea, about 15\\% of it trapped.',
		'          , ',
		'            Plain Language Summary',
		'            Rivers move mud. We counted how much.',
		'          , ',
		'            Key Points',
		'            ',
		'                  Sediment loads fell in {M{\\"u}ller}\'s basins',
		'                ',
		'                  Dams explain half of the fall},',
		'\tyear = {2021},',
		'}',
	].join('\n');
	const paper = parseBibtex(text, 'x.bib').papers[0]!;

	it('reads the abstract alone and each part under its heading, lines decoded as the field is', () => {
		expect(paper.abstract).toBe('Rivers carry sediment to the sea, about 15% of it trapped.');
		expect(paper.abstractSections).toEqual([
			{ heading: 'Plain Language Summary', items: ['Rivers move mud. We counted how much.'], list: false },
			{ heading: 'Key Points', items: ["Sediment loads fell in Müller's basins", 'Dams explain half of the fall'], list: true },
		]);
	});
});
