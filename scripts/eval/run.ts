/**
 * `npm run eval`: scores paperfold's annotations of the evaluation listings against the
 * hand-labelled gold set and prints the table the README quotes. The only I/O of the
 * evaluation: it reads files and calls the generator's public stages, as scripts/build.ts does.
 *
 *   npm run eval                                   annotate scripts/eval/listings/, score, print
 *   npm run eval -- --details                      also every miss and false positive per paper
 *   npm run eval -- --papers dist/papers.json      score a built site's records instead (or papers.json.gz)
 *   npm run eval -- --taxonomy content/taxonomy.yaml   topics from a taxonomy (default: all derived)
 *   npm run eval -- --half odd                     score only the gold papers at odd positions (or even),
 *                                                  counted from 0 in file order: tune on one, check on the other
 *   npm run eval -- --only unseen-                 only the gold files whose name starts so, and their listings
 *                                                  (annotated as a collection of their own): the held-out set alone
 *
 * The held-out set (files named `unseen-*`) is scored only when `--only` asks for it, so the tuned
 * set's table and halves stay the figures of those 43 papers, annotated as they always were.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateCollection } from '../annotate/annotate-collection.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { parseTaxonomy } from '../annotate/taxonomy.ts';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { readExportedPaper, type CollectionExport } from '../../src/shared/collection-format.ts';
import { extractKeyphraseCandidates } from '../annotate/text/keyphrases.ts';
import { evaluatePaper, keyphrasesOf, pairWithGold, predictedPhrases, summarise, type KeywordSource, type PaperRecord } from './evaluate.ts';
import { parseGold, type GoldPaper } from './gold.ts';
import { formatAiKeywordDetails, formatAiKeywordsTable, formatClaimMeasures, formatClaimSubjects, formatDetails, formatSummaryRoles, formatTable, formatTopics } from './report.ts';
import { evaluateAiKeywords, summariseAiKeywords } from './score-ai-keywords.ts';
import { formatRelated, formatRelatedDetails, scoreRelated, type RelatedRecord } from './score-related.ts';
import { isNounPhraseTitle, profileWords } from './score-topics.ts';

const HELP = `Usage: npm run eval -- [--listings DIR] [--gold DIR] [--lexicons DIR] [--taxonomy FILE] [--papers FILE] [--half odd|even] [--only PREFIX] [--details]`;
const root = process.cwd();
/** Name prefix of the held-out listings and gold files (`SOURCES.md`), scored apart with `--only`. */
const HELD_OUT = 'unseen-';
const display = (file: string) => relative(root, file) || file;
const filesIn = (dir: string, pattern: RegExp) =>
	readdirSync(dir)
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));

/** Annotates listing files as one collection, the way `npm run build` does, minus rendering. */
function annotateListings(files: readonly string[], lexiconsDir: string, taxonomyFile: string | undefined) {
	const raws = files.flatMap((file) => {
		const result = parseListing(readFileSync(file, 'utf8'), display(file));
		for (const d of result.diagnostics) console.warn(`${d.file}:${d.line}: ${d.severity}: ${d.message}`);
		return result.papers;
	});
	const lexicons = parseLexicons(filesIn(lexiconsDir, /\.ya?ml$/).map((file) => ({ file: display(file), text: readFileSync(file, 'utf8') })));
	const taxonomy = taxonomyFile ? parseTaxonomy(readFileSync(taxonomyFile, 'utf8'), display(taxonomyFile)) : null;
	const collection = annotateCollection(mergePapers(raws).papers, { taxonomy, lexicons });
	return { papers: collection.papers as PaperRecord[], topics: collection.topics };
}

/**
 * Reads records and topics from a `papers.json` export (`dist/papers.json`, or the gzipped
 * `papers.json.gz` of a large collection), its spans given their text again.
 */
function readExport(file: string) {
	const bytes = readFileSync(file);
	const data = JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as CollectionExport;
	if (data.format !== 'paperfold-collection') throw new Error(`${display(file)}: not a paperfold papers.json (format ${JSON.stringify(data.format)})`);
	return { papers: data.papers.map((p): PaperRecord => readExportedPaper(p, data)), topics: data.topics };
}

function main(argv: string[]): number {
	const { values } = parseArgs({
		args: argv,
		options: {
			listings: { type: 'string', default: 'scripts/eval/listings' },
			gold: { type: 'string', default: 'scripts/eval/gold' },
			lexicons: { type: 'string', default: 'content/lexicons' },
			taxonomy: { type: 'string' },
			papers: { type: 'string' },
			details: { type: 'boolean', default: false },
			half: { type: 'string' },
			only: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log(HELP);
		return 0;
	}
	const started = performance.now();
	if (values.half && values.half !== 'odd' && values.half !== 'even') throw new Error(`--half takes odd or even, not ${JSON.stringify(values.half)}`);
	const goldFiles = filesIn(resolve(root, values.gold), /\.gold\.json$/)
		.filter((file) => (values.only ? basename(file).startsWith(values.only) : !basename(file).startsWith(HELD_OUT)))
		.map((file) => parseGold(readFileSync(file, 'utf8'), display(file)));
	if (goldFiles.length === 0) throw new Error(`no gold file${values.only ? ` starting with ${JSON.stringify(values.only)}` : ''} in ${values.gold}`);
	const goldListings = new Set(goldFiles.map((g) => g.listing));
	const allGold: GoldPaper[] = goldFiles.flatMap((g) => g.papers);
	// Positions run through all gold files in order, so each half mixes fields and listings; the
	// ai_keywords papers count apart, so adding them moves no hand-labelled paper to the other half.
	const halfOf = (list: readonly GoldPaper[]) => (values.half ? list.filter((_, i) => (i % 2 === 1) === (values.half === 'odd')) : [...list]);
	const handGold = halfOf(allGold.filter((g) => g.keywordSource === 'hand-picked'));
	const aiGold = halfOf(allGold.filter((g) => g.keywordSource === 'ai_keywords'));
	const gold = [...handGold, ...aiGold];
	// A listing labelled with ai_keywords is annotated as a collection of its own: keyphrase
	// selection and derived topics read the whole collection, and the hand-labelled figures must
	// not move when such a listing is added.
	const aiListings = new Set(goldFiles.filter((g) => g.papers.some((p) => p.keywordSource === 'ai_keywords')).map((g) => g.listing));
	const listingFiles = filesIn(resolve(root, values.listings), /\.(?:json|bib|xml|atom|txt|ris|nbib|ciw|csv|tsv)$/).filter((file) =>
		values.only ? goldListings.has(basename(file)) : !basename(file).startsWith(HELD_OUT),
	);
	const annotate = (files: string[]) => annotateListings(files, resolve(root, values.lexicons), values.taxonomy && resolve(root, values.taxonomy));
	const aiCollection = values.papers ? null : annotate(listingFiles.filter((file) => aiListings.has(basename(file))));
	const { papers: handPapers, topics } = values.papers
		? readExport(resolve(root, values.papers))
		: annotate(listingFiles.filter((file) => !aiListings.has(basename(file))));
	const papers = [...handPapers, ...(aiCollection?.papers ?? [])];

	const { pairs, goldWithoutPaper, paperWithoutGold } = pairWithGold(papers, gold);
	for (const key of goldWithoutPaper) console.warn(`warning: gold paper ${key} is in no listing; not scored`);
	const otherHalf = new Set(allGold.map((g) => g.key));
	for (const key of paperWithoutGold) if (!values.half || !otherHalf.has(key)) console.warn(`warning: paper ${key} has no gold labels; not scored`);
	const source: KeywordSource = papers.some((p) => keyphrasesOf(p) !== null) ? 'keyphrases' : 'entity+acronym names';
	const results = pairs.filter((p) => p.gold.keywordSource === 'hand-picked').map(({ paper, gold: g }) => evaluatePaper(paper, g, source));
	const aiResults = pairs
		.filter((p) => p.gold.keywordSource === 'ai_keywords')
		.map(({ paper, gold: g }) =>
			evaluateAiKeywords({ title: paper.title, abstract: paper.abstract, predicted: predictedPhrases(paper, source), candidates: extractKeyphraseCandidates(paper.abstract) }, g),
		);
	const profile = profileWords(handPapers.flatMap((p) => [p.title, p.abstract]));
	const papersOf = (id: string) => handPapers.filter((p) => p.topics?.some((t) => t.id === id)).length;
	const derived = topics.filter((t) => t.derived).map((t) => ({ title: t.title, nounPhrase: isNounPhraseTitle(t.title, profile), papers: papersOf(t.id) }));

	const summary = summarise(results);
	console.log(formatTable(summary, source === 'keyphrases' ? source : 'n/a'));
	console.log('');
	console.log(formatClaimMeasures(summary.at(-1)!));
	console.log(formatClaimSubjects(summary.at(-1)!));
	console.log(formatSummaryRoles(summary.at(-1)!));
	console.log('');
	console.log(formatTopics(derived));
	const relatable = handPapers.filter((p): p is PaperRecord & RelatedRecord => typeof p.id === 'string');
	const fieldOf = new Map(pairs.flatMap(({ paper, gold: g }) => (paper.id ? [[paper.id, g.field] as const] : [])));
	const related = relatable.length === handPapers.length ? scoreRelated(relatable, fieldOf) : null;
	if (related) console.log(formatRelated(related));
	if (aiResults.length) {
		const count = `${aiResults.length} ${aiResults.length === 1 ? 'paper' : 'papers'}`;
		console.log(`\nKeyphrases against Hugging Face's ai_keywords (keyword-only gold, ${count}, annotated as a collection of their own):\n`);
		console.log(formatAiKeywordsTable(summariseAiKeywords(aiResults)));
	}
	if (values.details) console.log(`\n${formatDetails(results)}`);
	if (values.details && aiResults.length) console.log(`\n${formatAiKeywordDetails(aiResults)}`);
	if (values.details && related) console.log(`\n${formatRelatedDetails(related)}`);
	console.log(`\n${results.length} papers scored in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(`eval: ${(error as Error).message}\n${HELP}`);
	process.exitCode = 1;
}
