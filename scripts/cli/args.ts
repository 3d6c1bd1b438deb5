/**
 * The command line of `npm run build`: a pure parser from argv to options.
 */
import { parseArgs } from 'node:util';
import { describeFormats } from '../ingest/index.ts';

/** What `scripts/build.ts` was asked to do. */
export interface BuildOptions {
	/** Listing files or globs; empty means every file in `content/sources/`. */
	sources: string[];
	/** Folder the generated pages go to. */
	out: string;
	/** Folder Astro writes the site to. */
	dist: string;
	taxonomy: string;
	lexicons: string;
	notes: string;
	/** Fail on the first bad record instead of skipping it. */
	strict: boolean;
	/** Generate `content/papers/` only; do not run Astro and Pagefind. */
	site: boolean;
	help: boolean;
}

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, input: 1, usage: 2, site: 3 } as const;

export const HELP = `paperfold — turn paper listings into a static site of annotated summaries

Usage: npm run build -- [options]
       node scripts/build.ts [options]

Options:
  --source FILE|GLOB   a listing to read, in any input format below (detected from
                       content); repeatable. Default: every file in content/sources/
  --out DIR            where generated pages go (default: content/papers)
  --dist DIR           where the site is built (default: dist)
  --taxonomy FILE      topic taxonomy (default: content/taxonomy.yaml; if missing,
                       topics are derived from the collection)
  --lexicons DIR       entity lexicons (default: content/lexicons)
  --notes DIR          readers' notes, never written (default: content/notes)
  --strict             fail on the first bad record instead of skipping it
  --no-site            generate pages only; skip astro build and Pagefind
  -h, --help           show this help

Input formats:
${describeFormats()}

Environment:
  SITE_URL=https://USER.github.io BASE_PATH=/REPO/   build for GitHub Pages
  CI=true              no progress output

Exit codes: 0 built; 1 bad input (with --strict, or no paper could be read);
            2 bad command line; 3 the site build (Astro or Pagefind) failed.`;

/** Parses argv (without `node script`); throws a `TypeError` with a readable message on bad usage. */
export function parseBuildArgs(argv: string[]): BuildOptions {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		allowPositionals: false,
		options: {
			source: { type: 'string', multiple: true, default: [] },
			out: { type: 'string', default: 'content/papers' },
			dist: { type: 'string', default: 'dist' },
			taxonomy: { type: 'string', default: 'content/taxonomy.yaml' },
			lexicons: { type: 'string', default: 'content/lexicons' },
			notes: { type: 'string', default: 'content/notes' },
			strict: { type: 'boolean', default: false },
			'no-site': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	return {
		sources: values.source,
		out: values.out,
		dist: values.dist,
		taxonomy: values.taxonomy,
		lexicons: values.lexicons,
		notes: values.notes,
		strict: values.strict,
		site: !values['no-site'],
		help: values.help,
	};
}
