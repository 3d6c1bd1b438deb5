/**
 * The ingest stage's entry: detect a listing's format from its content, parse it, merge papers.
 * The formats themselves are modules listed in `formats.ts`.
 */
import { readsAsEnglish } from './english-text.ts';
import { FORMATS } from './formats.ts';
import { warning } from './raw-paper.ts';
import type { Diagnostic, InputFormat, ParseResult, RawPaper } from './types.ts';

export { mergePapers, normaliseTitle } from './merge.ts';
export { classifyUrl, findUrls } from './urls.ts';

/**
 * The format of a listing, judged from its content: the format that sniffs surest, the earlier
 * in `FORMATS` on a tie. The extension only decides for content that shows nothing (an empty file).
 *
 * @example detectFormat('[{"paper": {"id": "2305.18290"}}]', 'daily.txt').id // 'hf-json'
 */
export function detectFormat(text: string, file: string): InputFormat {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') {
		const byExtension = formatFromExtension(file);
		if (byExtension) return byExtension;
	}
	let best = FORMATS[0]!;
	let bestScore = -1;
	for (const format of FORMATS) {
		const score = format.sniff(body);
		if (score > bestScore) [best, bestScore] = [format, score];
	}
	return best;
}

/**
 * Parses a listing of any supported format. A file that yields no paper and no diagnostic gets a
 * warning, so a listing in an unexpected shape is never passed over in silence.
 */
export function parseListing(text: string, file: string): ParseResult & { format: string } {
	const body = text.replace(/^\uFEFF/, '');
	const format = detectFormat(body, file);
	const result = format.parse(body, file);
	// The page schema takes any kebab-case id; that it names a registered format is checked here.
	const stray = result.papers.flatMap((paper) => paper.sources).find((source) => source.format !== format.id);
	if (stray) throw new Error(`The ${format.id} parser wrote the format "${stray.format}" into a record of ${file}; expected "${format.id}".`);
	if (result.papers.length === 0 && result.diagnostics.length === 0) {
		result.diagnostics.push(warning(file, 1, `Found no papers: expected ${format.describe}.`));
	}
	const bare = result.papers.filter((paper) => paper.abstract.trim() === '');
	if (bare.length > 0) result.diagnostics.push(withoutAbstractNotice(bare));
	const foreign = result.papers.filter((paper) => paper.abstract.trim() !== '' && !readsAsEnglish(paper.abstract));
	if (foreign.length > 0) result.diagnostics.push(notEnglishNotice(foreign));
	return { format: format.id, ...result };
}

/**
 * One warning for a file's papers without an abstract (DBLP's and most Scholar exports have none):
 * they are listed by their details, with nothing to annotate, and said once rather than per paper.
 */
function withoutAbstractNotice(bare: readonly RawPaper[]): Diagnostic {
	const first = bare[0]!.sources[0]!;
	const count = bare.length === 1 ? `"${bare[0]!.title}" has no abstract` : `${bare.length} papers have no abstract (the first, "${bare[0]!.title}", here)`;
	return { ...warning(first.file, first.line, `${count}: listed by title and details, without a TL;DR or annotations: expected an abstract to annotate.`), recordKept: true };
}

/**
 * One warning for a file's papers whose abstract does not read as English: they are listed with
 * their abstract, which the annotation rules, written for English, do not read.
 */
function notEnglishNotice(foreign: readonly RawPaper[]): Diagnostic {
	const first = foreign[0]!.sources[0]!;
	const count = foreign.length === 1 ? `The abstract of "${foreign[0]!.title}" does not read as English` : `${foreign.length} papers have an abstract that does not read as English (the first, "${foreign[0]!.title}", here)`;
	return { ...warning(first.file, first.line, `${count}: listed with the abstract, without a TL;DR or annotations: expected an abstract in English, the language paperfold's annotation rules read.`), recordKept: true };
}

/**
 * The formats for `--help`: one per line, id then description, wrapped to `width` columns.
 *
 * @example describeFormats().split('\n')[0] // '  hf-json     a Hugging Face papers API response (…'
 */
export function describeFormats(width = 80): string {
	const column = 4 + Math.max(...FORMATS.map((format) => format.id.length));
	return FORMATS.map(({ id, describe }) => {
		const lines: string[] = [];
		let line = `  ${id}`.padEnd(column);
		for (const word of describe.split(' ')) {
			if (line.length > column && line.length + 1 + word.length > width) {
				lines.push(line);
				line = ' '.repeat(column);
			}
			line += line.length === column ? word : ` ${word}`;
		}
		return [...lines, line].join('\n');
	}).join('\n');
}

/** The format whose extension the file name ends with; the longest such extension wins (`.csl.json` over `.json`). */
function formatFromExtension(file: string): InputFormat | null {
	const name = file.toLowerCase();
	let best: InputFormat | null = null;
	let bestLength = 0;
	for (const format of FORMATS) {
		for (const extension of format.extensions) {
			if (name.endsWith(`.${extension}`) && extension.length > bestLength) [best, bestLength] = [format, extension.length];
		}
	}
	return best;
}
