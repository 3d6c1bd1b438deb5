/**
 * One generated paper page file → its body rendered to HTML and written to the body store
 * (`paper-bodies.ts`), and its frontmatter validated and written to the record store
 * (`paper-records.ts`). Runs on the render pool's worker threads, so parsing the YAML
 * frontmatter and the MDX body — the CPU-heavy part of loading papers — uses every core; so do
 * the record's validation and its synchronous write, which on the main thread held up the
 * content sync and the next pages' reads, and nothing travels back to the main thread.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseJsonFrontmatter } from '../shared/frontmatter.ts';
import { paperSchema } from '../shared/paper-schema.ts';
import { validateRecord } from '../shared/validate-record.ts';
import { writePaperBody } from './paper-bodies.ts';
import { writePaperRecord } from './paper-records.ts';
import { renderPaperBody } from './render-paper-body.ts';

/** What the loader passes for one page file. */
export interface PaperFileJob {
	/** The file's whole text: YAML frontmatter and MDX body. */
	contents: string;
	/** The file as shown in errors, relative to the project root. */
	file: string;
	/** The site's base path, put in front of root-relative links. */
	base: string;
	/** Where the rendered body goes (`paperBodyPath`). */
	bodyPath: string;
	/** Where the validated record goes (`paperRecordPath`). */
	recordPath: string;
}

/**
 * Parses the frontmatter, renders and stores the body, then validates the frontmatter against
 * the paper schema and stores the record; throws when either does not hold.
 */
export function renderPaperFile(job: PaperFileJob): void {
	const parsed = readFrontmatter(job.contents, job.file);
	const lineOffset = job.contents.slice(0, job.contents.length - parsed.content.length).split('\n').length - 1;
	writePaperBody(job.bodyPath, renderPaperBody(parsed.content, { file: job.file, lineOffset, base: job.base }));
	writePaperRecord(job.recordPath, validateRecord(paperSchema(), parsed.frontmatter, 'its frontmatter', 'the paper schema'));
}

/** The fenced frontmatter the writer emits (Astro's pattern, without its BOM and blank-line leniency). */
const FENCED = /^---\n([\s\S]*?\n)---/;

/**
 * A generated page's frontmatter and body. The writer's JSON frontmatter is read with
 * `JSON.parse` (a tenth of js-yaml's time); anything else — a page edited by hand into
 * YAML — with Astro's own YAML reader.
 */
export function readFrontmatter(contents: string, file: string): { frontmatter: Record<string, unknown>; content: string } {
	const fenced = FENCED.exec(contents);
	const json = fenced ? parseJsonFrontmatter(fenced[1]!) : null;
	if (fenced && json) return { frontmatter: json, content: contents.slice(fenced[0].length) };
	try {
		return parseFrontmatter(contents);
	} catch (error) {
		throw new Error(`${file}: invalid YAML frontmatter: ${(error as Error).message}`);
	}
}
