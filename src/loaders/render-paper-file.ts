/**
 * One generated paper page file → its frontmatter, with the body rendered to HTML and
 * written to the body store (`paper-bodies.ts`). Runs on the render pool's worker threads,
 * so parsing the YAML frontmatter and the MDX body — the CPU-heavy part of loading papers —
 * uses every core, and only the frontmatter travels back to the main thread.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseJsonFrontmatter } from '../shared/frontmatter.ts';
import { writePaperBody } from './paper-bodies.ts';
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
}

/** Parses the frontmatter, renders and stores the body; returns the raw frontmatter. */
export function renderPaperFile(job: PaperFileJob): Record<string, unknown> {
	const parsed = readFrontmatter(job.contents, job.file);
	const lineOffset = job.contents.slice(0, job.contents.length - parsed.content.length).split('\n').length - 1;
	writePaperBody(job.bodyPath, renderPaperBody(parsed.content, { file: job.file, lineOffset, base: job.base }));
	return parsed.frontmatter;
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
