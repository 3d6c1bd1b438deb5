import { describe, expect, it } from 'vitest';
import { parseFixture as parseFixtureWith } from '../parse-fixture.ts';
import { parseArxivAtom } from './arxiv-atom.ts';

const parseFixture = (name: string) => parseFixtureWith(parseArxivAtom, name);

describe('parseArxivAtom on an arXiv API feed', () => {
	const feed = parseFixture('arxiv-atom/feed.xml');

	it('reads each entry with its id (no version), authors, date and links', () => {
		const abstract =
			'This paper considers meta-learning problems, where there is a distribution of tasks, and we would like to obtain an agent that performs well on tasks sampled from this distribution. We analyze a family of algorithms for learning a parameter initialization, including a new algorithm called Reptile & compare it with first-order MAML (code: https://github.com/openai/supervised-reptile).';
		expect(feed.papers[0]).toEqual({
			title: 'On First-Order Meta-Learning Algorithms',
			abstract,
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
			links: [
				{
					url: 'https://github.com/openai/supervised-reptile',
					kind: 'code',
					span: { start: 340, end: 384, text: 'https://github.com/openai/supervised-reptile' },
				},
				{ url: 'http://arxiv.org/abs/1803.02999v3', kind: 'arxiv' },
				{ url: 'http://arxiv.org/pdf/1803.02999v3', kind: 'arxiv' },
			],
			huggingFace: null,
			sources: [{ file: feed.file, format: 'arxiv-atom', line: 10 }],
		});
		expect(abstract.slice(340, 384)).toBe('https://github.com/openai/supervised-reptile');
	});

	it('joins wrapped titles, reads arxiv:doi and takes links from arxiv:comment', () => {
		expect(feed.papers[1]).toMatchObject({
			title: 'Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks',
			doi: '10.5555/3305381.3305498',
			sources: [{ line: 35 }],
		});
		expect(feed.papers[1].links.map(({ url, kind }) => `${kind} ${url}`)).toEqual([
			'code https://github.com/cbfinn/maml',
			'project https://sites.google.com/view/maml',
			'doi http://dx.doi.org/10.5555/3305381.3305498',
			'arxiv http://arxiv.org/abs/1703.03400v3',
			'arxiv http://arxiv.org/pdf/1703.03400v3',
		]);
	});

	it('keeps the journal reference an author gave as the venue', () => {
		const entry = (extra: string) =>
			`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n<entry>\n<id>http://arxiv.org/abs/1901.00001v2</id>\n<title>Dark Matter Halos</title>\n<summary>We measure halos.</summary>${extra}\n</entry>\n</feed>`;
		expect(parseArxivAtom(entry('\n<arxiv:journal_ref>Phys. Rev. D 99,\n  012345 (2019)</arxiv:journal_ref>'), 'x.xml').papers[0]?.venue).toEqual({
			name: 'Phys. Rev. D 99, 012345 (2019)',
			kind: 'other',
		});
		expect(parseArxivAtom(entry(''), 'x.xml').papers[0]?.venue).toBeNull();
	});

	it('skips an entry with an empty summary, with a warning at its line and column', () => {
		expect(feed.diagnostics).toEqual([
			{
				severity: 'warning',
				file: feed.file,
				line: 62,
				column: 3,
				message: 'Skipped the entry "Proximal Policy Optimization Algorithms": expected a <summary> with the abstract.',
			},
		]);
	});

	it('reports an API error entry instead of reading it as a paper', () => {
		const text = `<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>\n<title>Error</title>\n<summary>incorrect id format for 1234</summary>\n</entry>\n</feed>`;
		expect(parseArxivAtom(text, 'x.xml')).toEqual({
			papers: [],
			diagnostics: [
				{
					severity: 'warning',
					file: 'x.xml',
					line: 2,
					column: 1,
					message: 'The arXiv API returned an error: incorrect id format for 1234; expected paper entries.',
				},
			],
		});
	});
});

describe('parseArxivAtom on XML that is not an Atom feed', () => {
	it('names the root it found, on the line of that root', () => {
		const rss = parseFixture('arxiv-atom-not-atom/rss.xml');
		expect(rss.papers).toEqual([]);
		expect(rss.diagnostics).toEqual([
			{
				severity: 'error',
				file: rss.file,
				line: 3,
				column: 1,
				message: 'Not an arXiv API response: expected an Atom <feed> root, found <rss>.',
			},
		]);
	});

	it('reports malformed XML with the line and column of the mismatched tag', () => {
		const broken = parseFixture('arxiv-atom-malformed/feed.xml');
		expect(broken.diagnostics).toEqual([
			{
				severity: 'error',
				file: broken.file,
				line: 6,
				column: 58,
				message:
					"Invalid XML: Expected closing tag 'summary' (opened in line 6, col 5) instead of closing tag 'summry'. Expected well-formed Atom XML.",
			},
		]);
	});

	it('reports a feed cut off mid-entry at its end, naming the tags left open', () => {
		const text = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Half a tit';
		expect(parseArxivAtom(text, 'cut.xml').diagnostics).toEqual([
			{
				severity: 'error',
				file: 'cut.xml',
				line: 3,
				column: 25,
				message: 'Invalid XML: the file ends before <title>, <entry> and <feed> are closed. Expected well-formed Atom XML.',
			},
		]);
	});
});
