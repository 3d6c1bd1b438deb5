/**
 * Merging sources that disagree, through the real generator (`scripts/build.ts --no-site`)
 * on a throwaway copy: a Hugging Face JSON record and a BibTeX entry with one arXiv id but
 * different titles and abstracts give one page whose title and abstract come from the same
 * source, and the conflict is reported in the summary and on the page's sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonFrontmatter } from '../../src/shared/frontmatter.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { copyProject, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';

const JSON_TITLE = 'Sparse Mixtures of Experts for Vision';
const JSON_ABSTRACT = 'We study sparse mixtures of experts for image classification.';
const BIB_TITLE = 'Dense Retrieval at Billion Scale';
const BIB_ABSTRACT = 'A dense retriever trained on a billion query and passage pairs, with ablations on every component of the pipeline.';

let run: BuiltSite;
let root: string;

beforeAll(() => {
	root = copyProject('paperfold-merge-conflicts-');
	const json = [{ paper: { id: '2401.00007', authors: [{ name: 'Ann Lee' }], publishedAt: '2024-01-02T00:00:00.000Z', title: JSON_TITLE, summary: JSON_ABSTRACT } }];
	writeFileSync(join(root, 'papers.json'), JSON.stringify(json, null, 2));
	writeFileSync(join(root, 'refs.bib'), `@misc{x,\n  title = {${BIB_TITLE}},\n  eprint = {2401.00007},\n  archivePrefix = {arXiv},\n  abstract = {${BIB_ABSTRACT}}\n}\n`);
	run = runBuild(root, ['--no-site', '--source', 'papers.json', '--source', 'refs.bib']);
	if (run.status !== 0) throw new Error(`generation failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
});
afterAll(() => removeCopy(root));

describe('a merge whose sources disagree', () => {
	it('says so in the summary: which file won and why', () => {
		expect(run.stdout).toContain('1 merged (1 with conflicts)');
		expect(run.stdout).toContain(
			`conflict: "${BIB_TITLE}": papers.json, line 2: title "${JSON_TITLE}" and abstract differ from refs.bib, line 1, whose title and abstract were kept (its abstract is longer)`,
		);
	});

	it('takes title and abstract from one source and notes the other on the page', () => {
		const slug = 'dense-retrieval-at-billion-scale';
		const data = parseJsonFrontmatter(readFileSync(join(root, 'content/papers', `${slug}.mdx`), 'utf8').split(/^---$/m)[1]!.trim()) as Paper;
		expect(data.title).toBe(BIB_TITLE);
		expect(data.abstract).toBe(BIB_ABSTRACT);
		expect(data.sources.map((s) => [s.file, Boolean(s.note)])).toEqual([
			['papers.json', true],
			['refs.bib', false],
		]);
	});
});

