/**
 * `node scripts/eval/split-ai-keywords.ts RESPONSE.json NAME [--field nlp]`: turns a saved Hugging
 * Face papers API response (`/api/daily_papers`, `/api/papers/<id>` or an array of either) into an
 * evaluation listing and its keyword-only gold file, `listings/NAME.json` and
 * `gold/NAME.gold.json` (`gold/README.md`, "Keyword-only papers"). The listing keeps what
 * `listings/SOURCES.md` says the Hugging Face excerpts keep (`id`, `title`, `summary`,
 * `publishedAt`, `upvotes`), line breaks inside a text joined with a space; the `ai_keywords`
 * go to the gold file only, verbatim and in their order, so the annotator never reads them.
 * Papers without `ai_keywords` (Hugging Face leaves the newest without) or without an abstract
 * are left out. Every paper gets the `--field` given; correct it per paper by reading the abstract.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { keyOf } from './evaluate.ts';

type Json = Record<string, unknown>;

/** The two files' texts, and how many papers of the response each kept or left out. */
export interface AiKeywordsSplit {
	listing: string;
	gold: string;
	kept: number;
	leftOut: number;
}

/**
 * The listing and keyword-only gold file of a Hugging Face papers API response, one record a line
 * as the other Hugging Face listings are written; `name` is the listing's file name without `.json`.
 *
 * @example splitAiKeywords([{ paper: { id: '2407.13168', title: 'SciCode', summary: '…', ai_keywords: ['coding benchmark'] } }], 'hf-x', 'nlp')
 * // → { listing: '[\n  {"paper": {"id": "2407.13168", …}}\n]\n', gold: '{\n  "listing": "hf-x.json", …', kept: 1, leftOut: 0 }
 */
export function splitAiKeywords(response: unknown, name: string, field: string): AiKeywordsSplit {
	const items = Array.isArray(response) ? response : [response];
	const kept = items.flatMap((item) => {
		if (!isObject(item)) return [];
		// Daily items wrap the paper; a field missing inside falls back to the wrapper, as the parser reads it.
		const paper = isObject(item.paper) ? item.paper : item;
		const read = (key: string) => paper[key] ?? item[key];
		const title = oneLine(read('title'));
		const summary = oneLine(read('summary'));
		const keywords = read('ai_keywords');
		if (!title || !summary || !Array.isArray(keywords) || keywords.length === 0 || !keywords.every((k) => typeof k === 'string')) return [];
		const record: Json = { id: read('id'), publishedAt: read('publishedAt'), title, upvotes: read('upvotes'), summary };
		for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
		return [{ record: { paper: record }, keywords: keywords as string[] }];
	});
	const listing = `[\n${kept.map((k) => `  ${JSON.stringify(k.record)}`).join(',\n')}\n]\n`;
	// Keys and titles as the evaluation reads them back, so every gold paper pairs with its record.
	const papers = mergePapers(parseListing(listing, `${name}.json`).papers).papers;
	const gold = kept.map((k, i) => ({ key: keyOf(papers[i]!), field, title: papers[i]!.title, keywordSource: 'ai_keywords', keywords: k.keywords }));
	const goldText = `{\n  "listing": ${JSON.stringify(`${name}.json`)},\n  "papers": [\n${gold.map((g) => `    ${JSON.stringify(g)}`).join(',\n')}\n  ]\n}\n`;
	return { listing, gold: goldText, kept: kept.length, leftOut: items.length - kept.length };
}

/** A text with its line breaks (and the spaces around them) joined with a space, or '' when it is none. */
function oneLine(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\s*\n\s*/g, ' ').trim() : '';
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { field: { type: 'string', default: 'nlp' } } });
	const [response, name] = positionals;
	if (!response || !name) throw new Error('usage: node scripts/eval/split-ai-keywords.ts RESPONSE.json NAME [--field nlp]');
	const files = { listing: `scripts/eval/listings/${name}.json`, gold: `scripts/eval/gold/${name}.gold.json` };
	for (const file of Object.values(files)) if (existsSync(file)) throw new Error(`${file} exists; choose another NAME`);
	const split = splitAiKeywords(JSON.parse(readFileSync(response, 'utf8')), name, values.field);
	if (split.kept === 0) throw new Error(`${response}: no paper with a summary and ai_keywords`);
	writeFileSync(files.listing, split.listing);
	writeFileSync(files.gold, split.gold);
	console.log(`${files.listing}, ${files.gold}: ${split.kept} papers (${split.leftOut} without ai_keywords or an abstract left out); check each "field" and cite the source in listings/SOURCES.md.`);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		console.error(`split-ai-keywords: ${(error as Error).message}`);
		process.exitCode = 1;
	}
}
