import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from './hf-page.ts';
import { parseFixture as parseFixtureWith } from './parse-fixture.ts';
import type { RawPaper } from './types.ts';

const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
const seedText = readFileSync(fileURLToPath(new URL(`../../${SEED}`, import.meta.url)), 'utf8');
const seedLines = seedText.split('\n');
const seed = parseHfPapersPage(seedText, SEED);

/** The abstract as the seed holds it: the whole line (1-based) after the title's blank line. */
const lineAt = (line: number) => seedLines[line - 1];
const byTitle = (title: string): RawPaper | undefined => seed.papers.find((paper) => paper.title === title);
const empty = { authors: [], organization: null, upvotes: null, arxivId: null, doi: null, venue: null, huggingFace: null };

describe('parseHfPapersPage on the seed listing', () => {
	it('reads every title-and-abstract card and reports nothing', () => {
		// The seed holds 48 titles with abstracts: 47 full cards plus GoRL, whose author and date lines are missing.
		expect(seed.papers).toHaveLength(48);
		expect(seed.diagnostics).toEqual([]);
		expect(seed.papers.filter((paper) => paper.authorCount !== null)).toHaveLength(47);
	});

	it('skips the page chrome and starts with the first card', () => {
		expect(seed.papers[0].title).toBe('Few-shot In-Context Preference Learning Using Large Language Models');
		expect(seed.papers.map((paper) => paper.title)).not.toContain('Daily Papers');
		expect(seed.papers.at(-1)?.title).toBe('Model-Based Transfer Learning for Contextual Reinforcement Learning');
	});

	it('reads RAMario with its author count, date and code link without the sentence dot', () => {
		expect(byTitle('RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario')).toEqual({
			...empty,
			title: 'RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario',
			abstract: lineAt(63),
			abstractSections: [],
			authorCount: 1,
			published: '2023-05-16',
			comments: null,
			links: [
				{
					url: 'https://github.com/s4nyam/RAMario',
					kind: 'code',
					span: { start: 1476, end: 1509, text: 'https://github.com/s4nyam/RAMario' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 61 }],
		});
	});

	it('reads the number after the date of LaMo as its comment count', () => {
		expect(byTitle('Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning')).toEqual({
			...empty,
			title: 'Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning',
			abstract: lineAt(71),
			abstractSections: [],
			authorCount: 5,
			published: '2023-10-31',
			comments: 1,
			links: [
				{
					url: 'https://lamo2023.github.io',
					kind: 'project',
					span: { start: 1396, end: 1422, text: 'https://lamo2023.github.io' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 69 }],
		});
	});

	it('keeps a question mark inside a title and reads 15 authors and 4 comments', () => {
		expect(byTitle('Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning')).toEqual({
			...empty,
			title: 'Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning',
			abstract: lineAt(311),
			abstractSections: [],
			authorCount: 15,
			published: '2025-08-11',
			comments: 4,
			links: [],
			sources: [{ file: SEED, format: 'hf-page', line: 309 }],
		});
	});

	it('reads the ICPL card that follows the leading date line, with its project page', () => {
		expect(seed.papers[0]).toEqual({
			...empty,
			title: 'Few-shot In-Context Preference Learning Using Large Language Models',
			abstract: lineAt(15),
			abstractSections: [],
			authorCount: 8,
			published: '2024-10-22',
			comments: null,
			links: [
				{
					url: 'https://sites.google.com/view/few-shot-icpl/home',
					kind: 'project',
					span: { start: 1367, end: 1415, text: 'https://sites.google.com/view/few-shot-icpl/home' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 13 }],
		});
	});

	it('keeps GoRL, whose card has no author or date line, and gives its metadata to nobody else', () => {
		expect(byTitle('GoRL: An Algorithm-Agnostic Framework for Online Reinforcement Learning with Generative Policies')).toEqual({
			...empty,
			title: 'GoRL: An Algorithm-Agnostic Framework for Online Reinforcement Learning with Generative Policies',
			abstract: lineAt(319),
			abstractSections: [],
			authorCount: null,
			published: null,
			comments: null,
			links: [],
			sources: [{ file: SEED, format: 'hf-page', line: 317 }],
		});
		expect(byTitle('Submodular Reinforcement Learning')).toMatchObject({ authorCount: 4, published: '2023-07-25' });
	});

	it('gives every abstract link a span that points at its URL', () => {
		const links = seed.papers.flatMap((paper) => paper.links.map((link) => ({ link, abstract: paper.abstract })));
		expect(links).toHaveLength(10);
		for (const { link, abstract } of links) {
			expect(link.span && abstract.slice(link.span.start, link.span.end)).toBe(link.url);
			expect(link.url).not.toMatch(/[.,;]$/);
		}
	});
});

const parseFixture = (name: string) => parseFixtureWith(parseHfPapersPage, name);

describe('parseHfPapersPage on copies that keep the site navigation', () => {
	const page = parseFixture('hf-page-navigation/page.txt');

	it('skips menu words with their URL lines, the search query and the period tabs', () => {
		expect(page.diagnostics).toEqual([]);
		expect(page.papers.map((paper) => paper.title)).toEqual([
			'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models',
			'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
			'Training language models to follow instructions with human feedback',
		]);
	});

	it('joins a wrapped title, reads the upvote box, the arXiv id, a split author link and a comment line', () => {
		expect(page.papers[0]).toEqual({
			...empty,
			title: 'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models',
			abstract: page.lines[32],
			abstractSections: [],
			authorCount: 9,
			published: '2024-02-05',
			comments: 7,
			upvotes: 12,
			arxivId: '2402.03300',
			links: [{ url: 'https://huggingface.co/papers/2402.03300', kind: 'huggingface' }],
			sources: [{ file: page.file, format: 'hf-page', line: 29 }],
		});
	});

	it('reads an organisation in place of the author count and leaves a yearless date unknown', () => {
		const abstract = page.lines[45];
		expect(page.papers[1]).toEqual({
			...empty,
			title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
			abstract,
			abstractSections: [],
			authorCount: null,
			organization: 'Stanford University',
			published: null,
			comments: null,
			upvotes: null,
			arxivId: '2305.18290',
			links: [
				{
					url: 'https://github.com/eric-mitchell/direct-preference-optimization',
					kind: 'code',
					span: {
						start: abstract.indexOf('https://'),
						end: abstract.length - 1,
						text: 'https://github.com/eric-mitchell/direct-preference-optimization',
					},
				},
				{ url: 'https://huggingface.co/papers/2305.18290', kind: 'huggingface' },
			],
			sources: [{ file: page.file, format: 'hf-page', line: 43 }],
		});
	});

	it('reads an organisation given as a Markdown link split over lines', () => {
		expect(page.papers[2]).toMatchObject({ organization: 'OpenAI', authorCount: null, upvotes: 41, comments: 3 });
		expect(page.papers[2].published).toBe('2022-03-04');
	});
});

describe('parseHfPapersPage on Markdown copies of the trending page', () => {
	const page = parseFixture('hf-page-trending-markdown/page.md');

	it('keeps each card once, completed from both of its copies', () => {
		expect(page.diagnostics).toEqual([]);
		expect(page.papers).toHaveLength(2);
		expect(page.papers[1]).toEqual({
			...empty,
			title: 'DAPO: An Open-Source LLM Reinforcement Learning System at Scale',
			abstract: page.lines[26],
			abstractSections: [],
			authorCount: 16,
			published: '2025-03-18',
			comments: null,
			arxivId: '2503.14476',
			links: [{ url: 'https://huggingface.co/papers/2503.14476', kind: 'huggingface' }],
			sources: [{ file: page.file, format: 'hf-page', line: 24 }],
		});
	});

	it('takes the repository link after a card and strips the bracket after an abstract URL', () => {
		const [r1] = page.papers;
		expect(r1).toMatchObject({ arxivId: '2501.12948', published: '2025-01-22', authorCount: null, sources: [{ line: 16 }] });
		expect(r1.links.map(({ url, kind }) => [url, kind])).toEqual([
			['https://huggingface.co/deepseek-ai', 'huggingface'],
			['https://huggingface.co/papers/2501.12948', 'huggingface'],
			['https://github.com/deepseek-ai/DeepSeek-R1', 'code'],
		]);
	});
});

/** The cards of the trending-page copies: title, arXiv id, author count, organisation, repository, upvotes, date. */
const TRENDING: [string, string, number | null, string | null, string | null, number, string][] = [
	['DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning', '2501.12948', null, 'DeepSeek', 'deepseek-ai/DeepSeek-R1', 195, '2025-01-22'],
	['DAPO: An Open-Source LLM Reinforcement Learning System at Scale', '2503.14476', 16, null, 'BytedTsinghua-SIA/DAPO', 134, '2025-03-18'],
	['Qwen2.5 Technical Report', '2412.15115', null, null, null, 371, '2024-12-19'],
	['Kimi k1.5: Scaling Reinforcement Learning with LLMs', '2501.12599', 89, null, 'MoonshotAI/Kimi-k1.5', 112, '2025-01-22'],
	['s1: Simple test-time scaling', '2501.19393', 10, null, 'simplescaling/s1', 118, '2025-01-31'],
	['LIMO: Less is More for Reasoning', '2502.03387', null, null, 'GAIR-NLP/LIMO', 62, '2025-02-05'],
	['Janus-Pro: Unified Multimodal Understanding and Generation with Data and Model Scaling', '2501.17811', 7, null, 'deepseek-ai/Janus', 77, '2025-01-29'],
	['SmolLM2: When Smol Goes Big -- Data-Centric Training of a Small Language Model', '2502.02737', 21, null, null, 250, '2025-02-04'],
	['Demystifying Long Chain-of-Thought Reasoning in LLMs', '2502.03373', 5, null, 'eddycmu/demystify-long-cot', 58, '2025-02-05'],
	['SFT Memorizes, RL Generalizes: A Comparative Study of Foundation Model Post-training', '2501.17161', null, null, null, 123, '2025-01-28'],
	['Understanding R1-Zero-Like Training: A Critical Perspective', '2503.20783', 8, null, 'sail-sg/understand-r1-zero', 55, '2025-03-26'],
	['Open-Reasoner-Zero: An Open Source Approach to Scaling Up Reinforcement Learning on the Base Model', '2503.24290', 6, null, 'Open-Reasoner-Zero/Open-Reasoner-Zero', 61, '2025-03-31'],
	['Search-R1: Training LLMs to Reason and Leverage Search Engines with Reinforcement Learning', '2503.09516', null, null, 'PeterGriffinJin/Search-R1', 36, '2025-03-12'],
];

/** The fixture's paragraph starting at the line that starts with `start`, its lines joined. */
const paragraphFrom = (lines: string[], start: string): string => {
	const first = lines.findIndex((line) => line.startsWith(start));
	const end = lines.findIndex((line, index) => index > first && line.trim() === '');
	return lines.slice(first, end).join(' ');
};

describe.each([
	['Markdown copy', 'hf-page-trending-copy/page.md'],
	['text copy', 'hf-page-trending-copy/page.txt'],
])('parseHfPapersPage on a %s of the trending page', (_, name) => {
	const page = parseFixture(name);
	const card = (arxivId: string) => page.papers.find((paper) => paper.arxivId === arxivId)!;

	it('keeps every card with an abstract, the first one included, in page order', () => {
		const read = page.papers.map((paper) => {
			const code = paper.links.find((link) => link.kind === 'code');
			const repository = code ? code.url.replace('https://github.com/', '') : null;
			return [paper.title, paper.arxivId, paper.authorCount, paper.organization, repository, paper.upvotes, paper.published];
		});
		expect(read).toEqual(TRENDING);
	});

	it('links every card to its Hugging Face and arXiv pages, and the code link of an abstract keeps its span', () => {
		for (const paper of page.papers) {
			const fields = paper.links.filter((link) => !link.span).map(({ url, kind }) => [kind, url]);
			expect(fields).toContainEqual(['huggingface', `https://huggingface.co/papers/${paper.arxivId}`]);
			expect(fields).toContainEqual(['arxiv', `https://arxiv.org/abs/${paper.arxivId}`]);
			expect(paper.links.every((link) => !/huggingface\.co\/(?!papers\/)/.test(link.url))).toBe(true);
		}
		const limo = card('2502.03387');
		expect(limo.links[0]).toEqual({
			url: 'https://github.com/GAIR-NLP/LIMO',
			kind: 'code',
			span: { start: limo.abstract.indexOf('https://'), end: limo.abstract.length - 1, text: 'https://github.com/GAIR-NLP/LIMO' },
		});
	});

	it('joins wrapped abstracts into one paragraph and keeps unwrapped ones as they are', () => {
		expect(card('2503.14476').abstract).toBe(paragraphFrom(page.lines, 'Inference-time scaling gives'));
		expect(card('2503.14476').abstract).toMatch(/^Inference-time scaling .* a 32B base model\.$/);
		// Its lines break after "text-": the compound stays whole.
		expect(card('2501.17161').abstract).toBe(paragraphFrom(page.lines, 'Supervised fine-tuning and reinforcement').replace('text- based', 'text-based'));
		expect(card('2501.12948').abstract).toBe(paragraphFrom(page.lines, 'We introduce first-generation'));
		for (const paper of page.papers) expect(paper.abstract).not.toMatch(/\n|\s{2}|^\s|\s$/);
	});

	it('names the skipped card by its title, on its title line', () => {
		const title = 'Scaling Laws for Neural Language Models';
		const line = page.lines.findIndex((text) => text.includes(title)) + 1;
		expect(page.diagnostics).toEqual([
			{ severity: 'warning', file: page.file, line, message: expect.stringMatching(new RegExp(`^Skipped "${title}": expected an abstract`)) },
		]);
	});

	it('points every record at its title line', () => {
		for (const paper of page.papers) expect(page.lines[paper.sources[0].line - 1]).toContain(paper.title.split(' ').slice(0, 3).join(' '));
	});
});

describe('parseHfPapersPage on Markdown cards laid out otherwise', () => {
	it('reads authors and date on one line, an "Upvote N" box, site-relative links and stars on their own line', () => {
		const abstract = 'We study how a policy trained with reinforcement learning keeps its reasoning when the reward model is swapped halfway, and find that a short warm-up on the new reward avoids collapse.';
		const text = [
			'Upvote 42',
			'',
			'## [Reward Swaps in Reasoning Policies](/papers/2504.01234)',
			'',
			'· 3 authors · Published on Apr 2, 2025',
			'',
			abstract,
			'',
			'[GitHub](https://github.com/example/reward-swaps)',
			'',
			'1,204',
			'',
			'Upvote 7',
			'',
			'## [A Second Card](/papers/2504.05678)',
			'',
			abstract,
		].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(text, 'layout.md');
		expect(diagnostics).toEqual([]);
		expect(papers.map(({ title, arxivId, authorCount, published, upvotes, abstract }) => ({ title, arxivId, authorCount, published, upvotes, abstract }))).toEqual([
			{ title: 'Reward Swaps in Reasoning Policies', arxivId: '2504.01234', authorCount: 3, published: '2025-04-02', upvotes: 42, abstract },
			{ title: 'A Second Card', arxivId: '2504.05678', authorCount: null, published: null, upvotes: 7, abstract },
		]);
		expect(papers[0].links).toEqual([
			{ url: 'https://huggingface.co/papers/2504.01234', kind: 'huggingface' },
			{ url: 'https://github.com/example/reward-swaps', kind: 'code' },
		]);
	});
});

it('reads both copies of the trending page alike', () => {
	const markdown = parseFixture('hf-page-trending-copy/page.md').papers;
	const text = parseFixture('hf-page-trending-copy/page.txt').papers;
	const comparable = (papers: RawPaper[]) => papers.map(({ sources, links, ...rest }) => ({ ...rest, links: [...links].sort((a, b) => a.url.localeCompare(b.url)) }));
	expect(comparable(markdown)).toEqual(comparable(text));
});

describe('parseHfPapersPage on a card without an abstract', () => {
	const page = parseFixture('hf-page-no-abstract/page.txt');

	it('skips the card with a warning on its title line and keeps its neighbours intact', () => {
		expect(page.diagnostics).toEqual([
			{
				severity: 'warning',
				file: page.file,
				line: 15,
				message: 'Skipped "On First-Order Meta-Learning Algorithms": expected an abstract line after the title, found none.',
			},
		]);
		expect(page.papers.map((paper) => [paper.title, paper.authorCount, paper.published, paper.comments])).toEqual([
			['Proximal Policy Optimization Algorithms', 5, '2017-07-20', null],
			['Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks', 3, '2017-03-09', null],
		]);
	});
});

describe('parseHfPapersPage on short abstracts and other line endings', () => {
	it('reads a short abstract by its place between the title and the card metadata', () => {
		const text = [
			'Daily Papers',
			'',
			'Braces {x} and <script>alert(1)</script>',
			'',
			'An abstract with $\\alpha$, `code` and *stars*.',
			'',
			'  • 2 authors',
			'·',
			'Jan 2, 2024',
			'',
			'A title without abstract',
			'',
			'  • 1 authors',
			'·',
			'Jan 3, 2024',
		].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(text, 'short.txt');
		expect(papers).toEqual([
			{
				...empty,
				title: 'Braces {x} and <script>alert(1)</script>',
				abstract: 'An abstract with $\\alpha$, `code` and *stars*.',
				abstractSections: [],
				authorCount: 2,
				published: '2024-01-02',
				comments: null,
				links: [],
				sources: [{ file: 'short.txt', format: 'hf-page', line: 3 }],
			},
		]);
		expect(diagnostics).toEqual([
			{
				severity: 'warning',
				file: 'short.txt',
				line: 11,
				message: 'Skipped "A title without abstract": expected an abstract line after the title, found none.',
			},
		]);
	});

	it('reads a title with its unwrapped abstract on the very next line, and an abstract wrapped under its title', () => {
		const abstract = 'Agents that explore by curiosity reach the exit of large mazes far more often than agents that wait for the sparse reward, and the bonus they get from prediction error fades once the maze is known, which keeps them from looping.';
		const [first, second] = [abstract.indexOf(' ', 70), abstract.indexOf(' ', 145)];
		const wrapped = [abstract.slice(0, first), abstract.slice(first + 1, second), abstract.slice(second + 1)];
		const text = ['Daily Papers', '', 'Curiosity in Mazes', abstract, '', '  • 2 authors', '·', 'Jan 2, 2024', '', 'Wrapped Under Its Title', '', ...wrapped, '', '  • 3 authors', '·', 'Jan 3, 2024'].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(text, 'adjacent.txt');
		expect(diagnostics).toEqual([]);
		expect(papers.map((paper) => [paper.title, paper.abstract, paper.authorCount])).toEqual([
			['Curiosity in Mazes', abstract, 2],
			['Wrapped Under Its Title', abstract, 3],
		]);
	});

	it('reads no card out of a Markdown table, whose rows are neither titles nor abstracts', () => {
		const abstract = 'Agents that explore by curiosity reach the exit of large mazes far more often than agents that wait for the sparse reward, and the bonus they get from prediction error fades once the maze is known, which keeps them from looping.';
		const table = ['| file | papers | source |', '| --- | -: | --- |', '| `daily.json` | 26 | a Hugging Face `/api/daily_papers` response of 25 Oct 2024, the two left out being theory papers whose abstracts say little |'];
		const text = ['Curiosity in Mazes', abstract, '', '  • 2 authors', '·', 'Jan 2, 2024', '', 'Where the listings come from:', '', ...table].join('\n');
		const { papers } = parseHfPapersPage(text, 'notes.txt');
		expect(papers.map((paper) => paper.title)).toEqual(['Curiosity in Mazes']);
	});

	it('reads no paper out of a Markdown document without card headings, and says why on its first line', () => {
		const readme = ['# Where the listings come from', '', 'Small excerpts of real public listings, read through stored copies of public repositories, with each source cited below and nothing else changed.', '', '## Edits', '', 'Line breaks inside a summary were joined with a space.'].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(readme, 'content/sources/README.md');
		expect(papers).toEqual([]);
		expect(diagnostics).toMatchObject([{ file: 'content/sources/README.md', line: 1, severity: 'warning' }]);
		expect(diagnostics[0]!.message).toContain('### [title](…/papers/<id>)');
	});

	it('reads no paper out of a text document whose paragraphs have no card lines, and says why on its first line', () => {
		const notes = ['# Papers I read this week', '', 'Small excerpts of what I read, with a note on each one and nothing else, which is long enough to pass for an abstract of a paper if read alone.', '', '## Next week', '', 'More reading on curiosity in mazes, with notes on each of the papers and how they compare to the ones above.'].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(notes, 'content/sources/notes.txt');
		expect(papers).toEqual([]);
		expect(diagnostics).toMatchObject([{ file: 'content/sources/notes.txt', line: 1, severity: 'warning' }]);
		expect(diagnostics[0]!.message).toContain('an author count, a date');
	});

	it('keeps a card that has only one card line, such as its date', () => {
		const abstract = 'Agents that explore by curiosity reach the exit of large mazes far more often than agents that wait for the sparse reward, and the bonus they get from prediction error fades once the maze is known, which keeps them from looping.';
		const { papers } = parseHfPapersPage(['Curiosity in Mazes', abstract, '', 'Jan 2, 2024'].join('\n'), 'page.txt');
		expect(papers.map((paper) => [paper.title, paper.published])).toEqual([['Curiosity in Mazes', '2024-01-02']]);
	});

	it('reads a copy with Windows line endings exactly like the original', () => {
		expect(parseHfPapersPage(seedText.replaceAll('\n', '\r\n'), SEED)).toEqual(seed);
	});
});
