/**
 * A build without SITE_URL, of the seed listing plus an arXiv Atom feed (papers with ids and
 * authors): no invented host anywhere in dist/, and an arXiv paper's page links to the paper
 * and cites it with authors, eprint and a Google Scholar style key.
 */
import { parse } from '@retorquere/bibtex-parser';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { listHtmlFiles, readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
const ATOM = 'scripts/ingest/fixtures/arxiv-atom/feed.xml';

let built: BuiltSite;
beforeAll(() => {
	// An empty SITE_URL is unset for the build, whatever the test runner's environment holds.
	built = buildSite({ args: ['--source', SEED, '--source', ATOM], env: { SITE_URL: '', BASE_PATH: '/' } });
});
afterAll(() => removeCopy(built.root));

/** Every file below `dir`. */
function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}

describe('a build without SITE_URL', () => {
	it('has no example.org in any file of dist/', () => {
		const files = allFiles(built.dist);
		expect(files.length).toBeGreaterThan(100);
		const hits = files.filter((file) => readFileSync(file).includes('example.org'));
		expect(hits).toEqual([]);
	});

	it('leaves out what needs an absolute URL: canonical link, feed and sitemap', () => {
		expect(existsSync(join(built.dist, 'feed.xml'))).toBe(false);
		expect(existsSync(join(built.dist, 'sitemap.xml'))).toBe(false);
		for (const file of listHtmlFiles(built.dist).slice(0, 40)) {
			const html = readFileSync(join(built.dist, file), 'utf8');
			// Links to them, not the words: this build's sources include a file named feed.xml, which home names.
			expect(html, file).not.toMatch(/rel="?canonical|href="?[^"\s>]*(?:feed|sitemap)\.xml/);
		}
	});
});

describe('the page of an arXiv paper', () => {
	const paperPage = () => {
		const paper = readPapersJson(built.dist).papers.find((p) => p.arxivId === '1803.02999');
		expect(paper, 'Reptile paper from the Atom feed').toBeDefined();
		return readPage(built.dist, `papers/${paper!.id}/`);
	};

	it('links to the arXiv abstract, the PDF and Hugging Face, and searches nothing', () => {
		const hrefs = selectAll('.paper-meta a', paperPage()).map((a) => String(a.properties.href));
		expect(hrefs).toEqual(expect.arrayContaining(['https://arxiv.org/abs/1803.02999', 'https://arxiv.org/pdf/1803.02999', 'https://huggingface.co/papers/1803.02999']));
		expect(hrefs.filter((h) => h.includes('search'))).toEqual([]);
	});

	it('cites it with its authors, eprint and archivePrefix under a Scholar-style key', () => {
		const bib = toText(select('#bibtex', paperPage())!);
		const { entries, errors } = parse(bib, { sentenceCase: false });
		expect(errors).toEqual([]);
		const entry = entries[0]!;
		expect(entry.key).toBe('nichol2018first');
		expect(entry.fields.author?.map((a) => a.lastName)).toEqual(['Nichol', 'Achiam', 'Schulman']);
		expect(entry.fields.eprint).toBe('1803.02999');
		expect(bib).toMatch(/archivePrefix = \{arXiv\}/);
		expect(bib).not.toMatch(/example\.org/);
	});
});
