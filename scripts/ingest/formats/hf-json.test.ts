import { describe, expect, it } from 'vitest';
import { parseFixture as parseFixtureWith } from '../parse-fixture.ts';
import { parseHfPapersJson } from './hf-json.ts';

const parseFixture = (name: string) => parseFixtureWith(parseHfPapersJson, name);

describe('parseHfPapersJson on the daily papers array', () => {
	const daily = parseFixture('hf-json-daily/daily.json');

	it('reads the nested paper, keeping author names and the AI summary apart', () => {
		expect(daily.diagnostics).toEqual([]);
		const abstract =
			'Aligning language models with human preferences usually means fitting a reward model and then optimising a policy against it with reinforcement learning, a complex and often unstable procedure. We show that the optimal policy can be extracted in closed form, so a simple classification loss on preference pairs suffices. Code: https://github.com/eric-mitchell/direct-preference-optimization.';
		const repo = 'https://github.com/eric-mitchell/direct-preference-optimization';
		expect(daily.papers[0]).toEqual({
			title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
			abstract,
			authors: ['Rafael Rafailov', 'Archit Sharma', 'Eric Mitchell', 'Stefano Ermon', 'Christopher D. Manning', 'Chelsea Finn'],
			abstractSections: [],
			authorCount: 6,
			organization: 'Stanford University',
			published: '2023-05-29',
			comments: 3,
			upvotes: 58,
			arxivId: '2305.18290',
			doi: null,
			venue: null,
			links: [
				{ url: repo, kind: 'code', span: { start: abstract.indexOf(repo), end: abstract.length - 1, text: repo } },
				{ url: 'https://huggingface.co/papers/2305.18290', kind: 'huggingface' },
			],
			huggingFace: {
				aiSummary: "DPO replaces RLHF's reward model and RL loop with a classification loss on preference pairs.",
				aiKeywords: ['Direct Preference Optimization', 'RLHF', 'reward model'],
			},
			sources: [{ file: 'scripts/ingest/fixtures/hf-json-daily/daily.json', format: 'hf-json', line: 2 }],
		});
	});

	it('takes the project page field and zero counts as given', () => {
		expect(daily.papers[1]).toMatchObject({
			title: 'Proximal Policy Optimization Algorithms',
			upvotes: 0,
			comments: 0,
			huggingFace: null,
			links: [
				{ url: 'https://openai.com/research/openai-baselines-ppo', kind: 'project' },
				{ url: 'https://huggingface.co/papers/1707.06347', kind: 'huggingface' },
			],
			sources: [{ line: 27 }],
		});
	});
});

describe('parseHfPapersJson on a single paper object', () => {
	it('reads it as one paper with the arXiv version dropped', () => {
		const { papers, diagnostics } = parseFixture('hf-json-paper/paper.json');
		expect(diagnostics).toEqual([]);
		expect(papers).toHaveLength(1);
		expect(papers[0]).toMatchObject({
			arxivId: '1703.03400',
			authors: ['Chelsea Finn', 'Pieter Abbeel', 'Sergey Levine'],
			published: '2017-03-09',
			comments: null,
			huggingFace: { aiSummary: null, aiKeywords: ['meta-learning', 'few-shot learning', 'gradient descent'] },
			sources: [{ format: 'hf-json', line: 1 }],
		});
	});
});

describe('parseHfPapersJson on search results', () => {
	it('reads each result and skips one without a summary, naming its line and column', () => {
		const { papers, diagnostics } = parseFixture('hf-json-search/search.json');
		expect(papers.map((paper) => [paper.arxivId, paper.comments, paper.published])).toEqual([['1803.02999', 1, '2018-03-08']]);
		expect(diagnostics).toEqual([
			{
				severity: 'warning',
				file: 'scripts/ingest/fixtures/hf-json-search/search.json',
				line: 16,
				column: 3,
				message:
					'Skipped record 2: expected a non-empty "summary" string (the abstract) for "Training language models to follow instructions with human feedback".',
			},
		]);
	});
});

describe('parseHfPapersJson on broken JSON', () => {
	it('reports a truncated file at its end, with the string it left open', () => {
		const truncated = parseFixture('hf-json-truncated/daily.json');
		expect(truncated.papers).toEqual([]);
		expect(truncated.diagnostics).toEqual([
			{
				severity: 'error',
				file: 'scripts/ingest/fixtures/hf-json-truncated/daily.json',
				line: 15,
				column: 42,
				message: `The JSON ends early: expected '"' to close the string opened at line 15, column 18.`,
			},
		]);
	});

	it('reports a missing comma where the next property starts', () => {
		expect(parseFixture('hf-json-invalid/missing-comma.json').diagnostics).toEqual([
			{
				severity: 'error',
				file: 'scripts/ingest/fixtures/hf-json-invalid/missing-comma.json',
				line: 4,
				column: 3,
				message: `Invalid JSON: found '"summary"'; expected ',' or '}'.`,
			},
		]);
	});

	it('reports a missing value at the token found in its place', () => {
		const { diagnostics } = parseHfPapersJson('[\n  {"title": "A", "summary": }\n]', 'x.json');
		expect(diagnostics).toEqual([
			{
				severity: 'error',
				file: 'x.json',
				line: 2,
				column: 29,
				message:
					"Invalid JSON: found '}'; expected a JSON value (object, array, string, number, true, false or null).",
			},
		]);
	});

	it('names the closing bracket a cut-off array needs', () => {
		expect(parseHfPapersJson('[\n  {"title": "A"},\n', 'x.json').diagnostics).toEqual([
			{
				severity: 'error',
				file: 'x.json',
				line: 2,
				column: 18,
				message: "The JSON ends early: expected ']' to close the array opened at line 1, column 1.",
			},
		]);
	});

	it('warns about a record that is not an object', () => {
		expect(parseHfPapersJson('["2305.18290"]', 'x.json').diagnostics).toEqual([
			{ severity: 'warning', file: 'x.json', line: 1, column: 2, message: 'Skipped record 1: expected a paper object.' },
		]);
	});
});
