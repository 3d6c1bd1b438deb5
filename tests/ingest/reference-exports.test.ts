/**
 * The exports of the literature databases a reader searches, on one real build under a base path:
 * a PubMed `.nbib` (MEDLINE) and a Web of Science `savedrecs.txt` holding the same trial, and the
 * EndNote library (its XML export) a reviewer keeps it in. The three records of it merge into one
 * page that names every source; each page links the paper's DOI and
 * PubMed page; the part Web of Science ran on into an abstract is shown under its own heading.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readPapersJson, type ExportedPaper } from '../helpers/site-data.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/reference-exports');

let built: BuiltSite;
let papers: ExportedPaper[];

beforeAll(() => {
	const sources = ['pubmed.nbib', 'savedrecs.txt', 'library.xml'].flatMap((file) => ['--source', join(FIXTURES, file)]);
	built = buildSite({ args: sources, env: { BASE_PATH: '/reading/' } });
	papers = readPapersJson(built.dist).papers;
}, 180_000);
afterAll(() => {
	if (built) removeCopy(built.root);
});

const byDoi = (doi: string) => papers.find((paper) => paper.doi === doi)!;

describe('a PubMed export, a Web of Science export and an EndNote library of overlapping searches', () => {
	it('reads the three formats and merges the trial they all hold into one page naming every source', () => {
		expect(built.status).toBe(0);
		expect(papers).toHaveLength(3);
		const trial = byDoi('10.1000/soil.2019.7');
		expect(trial.sources.map((source) => [source.file, source.format])).toEqual([
			['pubmed.nbib', 'medline'],
			['savedrecs.txt', 'web-of-science'],
			['library.xml', 'endnote-xml'],
		]);
		// The richer abstract (PubMed's) is the one annotated.
		expect(trial.abstract).toContain('Grazed plots lost 12% of their carbon');
		expect(trial.published).toBe('2019-12-27');
	});

	it('links the DOI and the PubMed page, and names the full authors', () => {
		const trial = byDoi('10.1000/soil.2019.7');
		const page = readPage(built.dist, `papers/${trial.id}/`);
		const hrefs = selectAll('dl.paper-meta a', page).map((a) => String(a.properties.href));
		expect(hrefs).toEqual(expect.arrayContaining(['https://doi.org/10.1000/soil.2019.7', 'https://pubmed.ncbi.nlm.nih.gov/31000001/']));
		expect(toText(select('dl.paper-meta dd', page)!)).toContain('Ada N Okafor');
	});

	it('sets the headings of a structured abstract apart from the sentences they head', () => {
		const trial = byDoi('10.1000/soil.2019.7');
		const abstract = select('h2#abstract + p', readPage(built.dist, `papers/${trial.id}/`))!;
		expect(selectAll('span.abstract-heading', abstract).map((span) => toText(span))).toEqual(['BACKGROUND:', 'METHODS:', 'RESULTS:']);
		expect(toText(abstract)).toBe(trial.abstract);
	});

	it('shows a translated title without its brackets, and a run-on IMPORTANCE part under its own heading', () => {
		expect(papers.map((paper) => paper.title)).toContain('Counting birds by ear in alpine meadows');
		const phages = byDoi('10.1000/soilbio.2022.3');
		expect(phages.abstract).toBe('Phages kill soil bacteria. We sampled ten fields before and after a drought and counted phage-bacteria encounters.');
		const page = readPage(built.dist, `papers/${phages.id}/`);
		expect(toText(select('h2#importance + p', page)!)).toBe('Drought changes which bacteria survive in soil.');
	});
});
