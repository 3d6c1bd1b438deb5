/**
 * One generated paper page file → its frontmatter, with the body rendered to HTML and
 * written to the body store (`paper-bodies.ts`). Runs on the render pool's worker threads,
 * so parsing the YAML frontmatter and the MDX body — the CPU-heavy part of loading papers —
 * uses every core, and only the frontmatter travels back to the main thread.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
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
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(job.contents);
	} catch (error) {
		throw new Error(`${job.file}: invalid YAML frontmatter: ${(error as Error).message}`);
	}
	const lineOffset = job.contents.slice(0, job.contents.length - parsed.content.length).split('\n').length - 1;
	writePaperBody(job.bodyPath, renderPaperBody(parsed.content, { file: job.file, lineOffset, base: job.base }));
	return parsed.frontmatter;
}
