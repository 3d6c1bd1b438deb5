/**
 * CSL-JSON end to end: `node scripts/build.ts --no-site` on a real Zotero export, in a copy of
 * the project, writes one page per item with an abstract; adding the same library's BibTeX
 * export still gives one page per paper, listing both sources.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

const CSL = 'scripts/ingest/fixtures/csl-json/zotero-library.json';
const BIB = 'scripts/ingest/fixtures/csl-json/zotero-library.bib';

let root: string;
const pages = () => readdirSync(join(root, 'content/papers')).filter((name) => name.endsWith('.mdx'));
const frontmatterOf = (prefix: string) => {
	const name = pages().find((page) => page.startsWith(prefix));
	return name ? parseFrontmatter(readFileSync(join(root, 'content/papers', name), 'utf8')).frontmatter : undefined;
};

beforeEach(() => {
	root = copyProject('paperfold-csl-');
});
afterEach(() => removeCopy(root));

describe('npm run build -- --no-site --source <CSL-JSON export>', () => {
	it('writes a page for each of the 13 items, and names the one without an abstract by file:line', () => {
		const run = runBuild(root, ['--no-site', '--source', CSL]);
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/zotero-library\.json:11: warning: "Clinical use of intracoronary imaging\. Part 1: .*" has no abstract: listed by title and details/);
		expect(pages()).toHaveLength(13);
		expect(frontmatterOf('image-reconstruction-from-undersampled')).toMatchObject({
			arxivId: '1902.00061',
			doi: '10.1088/1748-0221/14/07/P07015',
			published: '2019-07-16',
			authors: ['Bibin Francis', 'Manoj Mathew', 'Muthuvel Arigovindan'],
			sources: [{ file: basename(CSL), format: 'csl-json', line: 5 }],
		});
	});

	it('merges the BibTeX export of the same library into the same 13 pages', () => {
		const run = runBuild(root, ['--no-site', '--source', CSL, '--source', BIB]);
		expect(run.status).toBe(0);
		expect(pages()).toHaveLength(13);
		expect(frontmatterOf('image-reconstruction-from-undersampled')?.sources).toEqual([
			{ file: basename(CSL), format: 'csl-json', line: 5 },
			{ file: basename(BIB), format: 'bibtex', line: 46 },
		]);
		// Zotero wrote a month and no day: the page keeps exactly that, from either export.
		expect(frontmatterOf('magnetic-laser-scanner')?.published).toBe('2017-05');
	});
});
